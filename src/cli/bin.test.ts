import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

describe('the fdl bin', () => {
  beforeAll(() => {
    // The same build `npm install` runs through `prepare`.
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root });
  }, 60_000);

  it('given the built bundle, when `node bin/fdl.js validate` runs from the repo root, then it validates and exits by the result', () => {
    const ok = spawnSync(
      process.execPath,
      ['bin/fdl.js', 'validate', 'fixtures/valid/guide-invoke-function.yaml'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain(
      'fixtures/valid/guide-invoke-function.yaml:16:17 warning errors-empty',
    );
    expect(ok.stdout).toContain('Checked 1 file: 0 errors, 2 warnings.');

    const bad = spawnSync(
      process.execPath,
      ['bin/fdl.js', 'validate', '--json', 'fixtures/invalid/target-out-of-scope.yaml'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(bad.status).toBe(1);
    const [report] = JSON.parse(bad.stdout) as {
      valid: boolean;
      diagnostics: { code: string }[];
    }[];
    expect(report?.valid).toBe(false);
    expect(report?.diagnostics.map((d) => d.code)).toEqual(['target-out-of-scope']);
  });

  it('given standard input, when piped to `fdl validate -`, then it is read', () => {
    const r = spawnSync(process.execPath, ['bin/fdl.js', 'validate', '-'], {
      cwd: root,
      encoding: 'utf8',
      input:
        'Type: StateMachine\nSpecVersion: v1\nName: p\nStartAt: A\nStates:\n  - Type: Pass\n    Name: A\n    End: true\n',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('Checked 1 file: no problems.\n');
  });
});
