import type { Rule } from '../rule';

const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** The workflow `Name`: letters, digits, `_` and `-`, starting with a letter or `_`, 1–128. */
export const workflowName: Rule = {
  name: 'workflowName',
  codes: ['workflow-name-invalid'],
  run(ctx) {
    const name = ctx.model.Name;
    if (name === undefined) return;
    let problem: string | undefined;
    if (name.length === 0) problem = 'is empty';
    else if (name.length > 128) problem = `is ${name.length} characters long (at most 128)`;
    else if (!/^[A-Za-z_]/.test(name)) problem = 'must start with a letter or _';
    else if (!NAME.test(name)) {
      const bad = [...name].find((c) => !/[A-Za-z0-9_-]/.test(c)) ?? '';
      problem = `contains "${bad}"`;
    }
    if (problem === undefined) return;
    ctx.report(
      'workflow-name-invalid',
      `The workflow Name "${name.length > 40 ? name.slice(0, 40) + '…' : name}" ${problem}: a workflow name uses letters, digits, _ and -, starts with a letter or _, and has 1 to 128 characters.`,
      { field: 'Name' },
    );
  },
};
