// A problem found in a level file, and the one way it is printed: `file:line: path.to.field: reason`.
export type Path = (string | number)[];

/** A problem found in parsed data, before it is tied to a line of its file. */
export interface Finding {
  path: Path;
  message: string;
}

export interface Problem {
  file: string;
  line: number;
  /** For a YAML syntax error: the column (from 1) where the parser stopped. */
  column?: number;
  path: string;
  message: string;
}

/** A field name as printed in a path: quoted when it is blank or holds a space, a dot, a bracket or a quote. */
const keyText = (k: string) => (/^[^\s.[\]"]+$/.test(k) ? k : JSON.stringify(k));

export const pathText = (path: Path): string =>
  path.reduce<string>(
    (out, k) => (typeof k === 'number' ? `${out}[${k}]` : out ? `${out}.${keyText(k)}` : keyText(k)),
    '',
  ) || '(top)';

export const formatProblem = (p: Problem): string => `${p.file}:${p.line}: ${p.path}: ${p.message}`;

export class ProblemsError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}
