/**
 * An input problem the editor can fix. Always names the file and the problem,
 * and says how to fix it, so the build can stop with one clear line instead of
 * a stack trace.
 */
export class SourceInputError extends Error {
  readonly file: string;
  readonly problem: string;
  readonly hint: string | undefined;

  constructor(file: string, problem: string, options?: { hint?: string; cause?: unknown }) {
    super(`${file}: ${problem}${options?.hint ? ` (fix: ${options.hint})` : ''}`, { cause: options?.cause });
    this.name = 'SourceInputError';
    this.file = file;
    this.problem = problem;
    this.hint = options?.hint;
  }
}
