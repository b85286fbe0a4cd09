import { describe, expect, it } from 'vitest';
import { parseSource } from '../yaml';
import { previewExpression } from './preview';
import { simulate } from './run';

const model = parseSource(`Type: StateMachine
SpecVersion: v1
Name: t
StartAt: Init
States:
  - Type: Pass
    Name: Init
    GlobalConstructor:
      tenant: t1
    Next: Call
  - Type: Task
    Name: Call
    Action: FC:InvokeFunction
    InputConstructor:
      id.$: $Input.orderId
    OutputConstructor:
      ok: true
    End: true
`).model;

describe('previewExpression', () => {
  if (!model) throw new Error('fixture does not parse');
  const run = simulate(model, { input: { orderId: 'o1' }, mocks: { Call: { output: { n: 2 } } } });

  it.each([
    ['$Input.orderId', 'InputConstructor', 'o1'],
    ['$Input.id', 'Parameters', 'o1'],
    ['$Output.Body.n', 'OutputConstructor', 2],
    ['$Global.tenant', 'Parameters', 't1'],
    ['$Context.Execution.Input.orderId', 'Parameters', 'o1'],
    ['$Context.Current.Name', 'Parameters', 'Call'],
  ] as const)('%s in %s of Call gives %j', (source, field, value) => {
    // given a finished run, when previewing an expression of Call, then it sees what Call saw
    expect(previewExpression(run, 'Call', source, field)).toEqual({ ok: true, value });
  });

  it('reports expressions that fail and states that did not run', () => {
    expect(previewExpression(run, 'Call', '$Output', 'Parameters')).toMatchObject({ ok: false });
    expect(previewExpression(run, 'Nope', '$Input', 'Parameters')).toEqual({
      ok: false,
      message: "'Nope' did not run in this execution",
    });
  });
});
