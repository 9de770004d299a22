// The Node tools as a trainer meets them on the command line: usage on --help, one plain line and exit
// code 2 for a mistake, any level file played or checked, and a clash with a built-in chapter named.
import { describe, expect, it } from 'vitest';
import { runTool } from './run-tool.ts';

const OWN = 'tests/fixtures/own-scenario.yaml';
const run = (tool: 'simulate' | 'validate-levels' | 'bench', ...args: string[]) => runTool(tool, args);
const lines = (text: string) => text.split('\n').filter(Boolean);

describe('npm run simulate', { timeout: 120_000 }, () => {
  it('prints its usage on --help and exits 0', () => {
    const out = run('simulate', '--help');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^Usage: npm run simulate -- \[options\]/);
    expect(out.stdout).toContain('--file PATH');
    expect(out.stderr).toBe('');
  });

  it('says an unknown option in one line and exits 2', () => {
    const out = run('simulate', '--rnus', '5');
    expect(out.status).toBe(2);
    expect(lines(out.stderr)).toEqual(['simulate: unknown option --rnus (see --help)']);
    expect(out.stdout).toBe('');
  });

  it('says a bad number of runs in one line and exits 2', () => {
    const out = run('simulate', '--runs', 'abc');
    expect(out.status).toBe(2);
    expect(lines(out.stderr)).toEqual(['simulate: --runs must be a whole number above 0, not "abc"']);
  });

  it('says a missing file in one line, with the path as given, and exits 2', () => {
    const out = run('simulate', '--file', './no/such-level.yaml');
    expect(out.status).toBe(2);
    expect(lines(out.stderr)).toEqual(['simulate: cannot read ./no/such-level.yaml: no such file']);
  });

  it('plays a level file given with --file, and says why its endings were missed', () => {
    const out = run('simulate', '--file', OWN, '--runs', '50');
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('bakery-recall (50 runs per policy)');
    expect(out.stdout).toMatch(/^lesson-aligned +100% +100% +100 +trust-collapse:0 spotless:0 steady:50 muddled:0/m);
    expect(out.stdout).toMatch(
      /^ {2}Spotless: trust ≥ 95 failed in 100% of missed runs, flag recall-done unset in \d+%$/m,
    );
  });
});

describe('npm run validate-levels', { timeout: 120_000 }, () => {
  it('prints its usage on --help and exits 0, validating nothing', () => {
    const out = run('validate-levels', '--help');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^Usage: npm run validate-levels -- \[FILE\.\.\.\]/);
    expect(out.stdout).not.toContain('level files are valid');
  });

  it('says an unknown option in one line and exits 2', () => {
    const out = run('validate-levels', '--strict', OWN);
    expect(out.status).toBe(2);
    expect(lines(out.stderr)).toEqual(['validate-levels: unknown option --strict (see --help)']);
  });

  it('names the built-in chapter whose number a file takes', () => {
    const out = run('validate-levels', 'tests/fixtures/mini.yaml');
    expect(out.status).toBe(1);
    expect(lines(out.stderr)).toEqual([
      "tests/fixtures/mini.yaml:1: number: 1 clashes with built-in chapter 1 'The breakfast era': pick another number",
    ]);
  });
});

describe('npm run bench', { timeout: 120_000 }, () => {
  it('prints its usage on --help and exits 0, measuring nothing', () => {
    const out = run('bench', '--help');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^Usage: npm run bench -- \[options\]/);
    expect(out.stdout).toContain('--only STAGES');
    expect(out.stderr).toBe('');
  });

  it('says an unknown stage in one line and exits 2', () => {
    const out = run('bench', '--only', 'sizes,speed');
    expect(out.status).toBe(2);
    expect(lines(out.stderr)).toEqual([
      'bench: unknown stage speed; the stages are sizes, sim, editor, boot, throttled-boot, storm, throttled-storm, heap',
    ]);
  });
});
