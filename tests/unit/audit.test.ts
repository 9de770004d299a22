// npm run audit's verdict on the registry's report: clean, vulnerable, or not checked, never a false pass.
import { describe, expect, it } from 'vitest';
import { verdict } from '../../src/cli/audit.ts';

const counts = (high: number, critical: number) => ({
  info: 0,
  low: 1,
  moderate: 0,
  high,
  critical,
  total: 1 + high + critical,
});

describe('the dependency audit verdict', () => {
  it('passes a report with no high or critical advisory', () => {
    expect(verdict({ metadata: { vulnerabilities: counts(0, 0) }, vulnerabilities: {} }).status).toBe('clean');
  });

  it('names each high or critical advisory', () => {
    const v = verdict({
      metadata: { vulnerabilities: counts(1, 0) },
      vulnerabilities: { yaml: { name: 'yaml', severity: 'high', range: '<2.2.2', fixAvailable: true } },
    });
    expect(v.status).toBe('vulnerable');
    expect(v.lines.join('\n')).toContain('yaml <2.2.2 (high), fix available');
  });

  it('says plainly that nothing was checked when the registry refuses (405), silent npm or not', () => {
    const refused = {
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    };
    const v = verdict(refused);
    expect(v.status).toBe('not-checked');
    expect(v.lines[0]).toMatch(/could not be run, so nothing was checked: 405 Method Not Allowed/);
  });

  it('says plainly that nothing was checked when npm printed no report at all (offline)', () => {
    const v = verdict(null, 'npm error code ENOTFOUND\nnpm error network request failed');
    expect(v.status).toBe('not-checked');
    expect(v.lines[0]).toContain('ENOTFOUND');
  });
});
