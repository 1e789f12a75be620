/** A problem found in the data, with everything a contributor needs to fix it. */
export interface Problem {
  /** Path relative to the atlas root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** JSON pointer to the field, '' for the whole file. */
  pointer: string;
  message: string;
  fix: string;
}

/**
 * One line per problem, in the form editors and terminals link:
 * `graph-data/nodes/hub/jupyterhub.yaml:12:9 /relations/0/to: unknown node "x". Fix: …`
 */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.column}`;
  const field = p.pointer === '' ? '' : ` ${p.pointer}`;
  return `${where}${field}: ${p.message}. Fix: ${p.fix}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** Raised when the atlas cannot be built; carries every problem found. */
export class AtlasBuildError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const list = sortProblems(problems);
    super(
      `${list.length} problem${list.length === 1 ? '' : 's'} in the atlas data:\n` +
        list.map(formatProblem).join('\n'),
    );
    this.name = 'AtlasBuildError';
    this.problems = list;
  }
}
