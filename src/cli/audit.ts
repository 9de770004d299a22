// npm run audit: what ships to players (the production dependencies) has no known high or critical
// vulnerability in the npm registry's advisory database. Exit 0: none; 1: some, listed; 3: the audit could
// not be run (no registry, or one that refuses audits), said in plain words: never reported as passed.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical' | 'total';
export interface AuditReport {
  metadata?: { vulnerabilities?: Record<Severity, number> };
  vulnerabilities?: Record<string, { name: string; severity: string; range?: string; fixAvailable?: unknown }>;
  message?: string;
  statusCode?: number;
  error?: { summary?: string; detail?: string };
}

export type Verdict = { status: 'clean' | 'vulnerable' | 'not-checked'; lines: string[] };

/** What an `npm audit --json` report says, in plain words. */
export function verdict(report: AuditReport | null, stderr = ''): Verdict {
  const counts = report?.metadata?.vulnerabilities;
  if (!report || !counts) {
    const why = report?.message || report?.error?.summary || stderr.trim().split('\n')[0] || 'npm printed no report';
    return { status: 'not-checked', lines: [`The dependency audit could not be run, so nothing was checked: ${why}`] };
  }
  const serious = Object.values(report.vulnerabilities ?? {})
    .filter((v) => v.severity === 'high' || v.severity === 'critical')
    .map((v) => `${v.name} ${v.range ?? ''} (${v.severity})${v.fixAvailable ? ', fix available: npm audit fix' : ''}`);
  if (serious.length)
    return { status: 'vulnerable', lines: ['Production dependencies with a high or critical advisory:', ...serious] };
  return {
    status: 'clean',
    lines: [`No high or critical advisory in the production dependencies (${counts.total} of any level).`],
  };
}

function main() {
  // npm's own log level (silent under `npm run -s`) must not hide the registry's answer: ask for JSON only.
  const env = { ...process.env, npm_config_loglevel: 'error' };
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000, env });
  let report: AuditReport | null = null;
  try {
    report = JSON.parse(run.stdout) as AuditReport;
  } catch {
    report = null;
  }
  const v = verdict(report, run.error ? String(run.error) : run.stderr);
  for (const line of v.lines) (v.status === 'clean' ? console.log : console.error)(line);
  process.exitCode = { clean: 0, vulnerable: 1, 'not-checked': 3 }[v.status];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
