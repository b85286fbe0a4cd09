import { STATE_TYPES, type StateType } from '../../model/types';

/** The shape of a random document (drawn by fast-check in the property test). */
export interface DocSpec {
  unit: 2 | 4;
  indentSeq: boolean;
  typeFirst: boolean;
  /** Windows line endings. */
  crlf?: boolean;
  /** Per state: its type index, whether it carries comments / blank line / long text. */
  states: { type: number; comment: boolean; blank: boolean; long: boolean; flow: boolean }[];
}

/**
 * Writes a valid FDL document for a spec: a chain of states at the top level (the last ends),
 * Parallel and Map states with a small nested flow, comments inside and between states, blank
 * lines, plain scalars past 80 columns, flow collections and odd spacing before `#`.
 */
export function randomDocument(spec: DocSpec): string {
  const u = ' '.repeat(spec.unit);
  const dashIn = spec.indentSeq ? u : '';
  const names = spec.states.map((_, i) => `S${i}`);
  const out: string[] = [
    '# generated',
    'Type: StateMachine',
    'SpecVersion: v1',
    `StartAt: ${names[0]}  # start`,
    'States:',
  ];
  const emit = (
    indent: string,
    name: string,
    type: StateType,
    next: string | undefined,
    s: DocSpec['states'][0],
    depth: number,
  ) => {
    const lines: string[] = [];
    const head = spec.typeFirst
      ? [`Type: ${type}`, `Name: ${name}`]
      : [`Name: ${name}`, `Type: ${type}`];
    lines.push(...head);
    if (s.comment) lines.push(`# about ${name}`);
    if (s.long)
      lines.push(
        `Description: a long plain description of ${name} that keeps going well past the eighty column mark`,
      );
    const inner = (child: string) => {
      const body = [
        `StartAt: ${child}`,
        'States:',
        `${dashIn}- Type: Pass`,
        `${dashIn}  Name: ${child}`,
        `${dashIn}  End: true`,
      ];
      return body;
    };
    switch (type) {
      case 'Task':
        lines.push(
          'Action: FC:InvokeFunction',
          'Parameters:',
          `${u}resourceArn: acs:fc:{regionId}:{accountId}:functions/f/LATEST`,
        );
        if (next)
          lines.push('Catch:', `${dashIn}- Errors: [FnF.Timeout]`, `${dashIn}  Next: ${next}`);
        if (s.flow)
          lines.push(
            'Retry:',
            `${dashIn}- Errors: [FnF.ALL]`,
            `${dashIn}  MaxAttempts: 2     # odd spacing`,
            `${dashIn}  IntervalSeconds: 1`,
          );
        break;
      case 'Wait':
        lines.push('Seconds: 3');
        break;
      case 'Pass':
        if (s.flow) lines.push('InputConstructor: {a: 1,  b.$: $Input.b}');
        break;
      case 'Choice':
        lines.push(
          'Branches:',
          `${dashIn}- Condition: $Input.x == 1`,
          `${dashIn}  Next: ${next ?? name}`,
        );
        lines.push(`Default: ${next ?? name}`);
        break;
      case 'Parallel':
        if (depth === 0) {
          const b = inner(`${name}a`);
          lines.push(
            'Branches:',
            `${dashIn}- ${b[0]}`,
            ...b.slice(1).map((l) => `${dashIn}  ${l.replace(/^/, '')}`),
          );
        }
        break;
      case 'Map':
        if (depth === 0)
          lines.push(
            'ItemsPath: $Input.items',
            'Processor:',
            ...inner(`${name}p`).map((l) => u + l),
          );
        break;
      case 'Fail':
        lines.push('Code: E', 'Detail: failed');
        break;
      default:
        break;
    }
    if (type !== 'Choice' && type !== 'Succeed' && type !== 'Fail')
      lines.push(next ? `Next: ${next}` : 'End: true');
    out.push(...lines.map((l, i) => (i === 0 ? `${indent}- ${l}` : `${indent}  ${l}`)));
  };
  spec.states.forEach((s, i) => {
    let type = STATE_TYPES[s.type % STATE_TYPES.length] as StateType;
    const last = i === spec.states.length - 1;
    if (!last && (type === 'Succeed' || type === 'Fail')) type = 'Pass';
    if (s.blank && i > 0) out.push('');
    if (s.comment) out.push(`${dashIn}# before ${names[i]}`);
    emit(dashIn, names[i] as string, type, last ? undefined : names[i + 1], s, 0);
  });
  out.push('# end');
  return out.join(spec.crlf ? '\r\n' : '\n') + (spec.crlf ? '\r\n' : '\n');
}
