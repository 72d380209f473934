import type * as z from 'zod';

/** One readable problem: where it is (`triggers.loop.count`) and what is wrong with it. */
export interface SchemaProblem {
  path: string;
  message: string;
}

export function problemsOf(error: z.ZodError): SchemaProblem[] {
  return error.issues.map((issue) => ({
    path: issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** `path: message` lines, one per problem, in the order zod found them. */
export function formatProblems(problems: readonly SchemaProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}

/** Thrown by the `parse*` helpers; `problems` keeps each path for tooling such as the playground. */
export class SchemaError extends Error {
  readonly problems: SchemaProblem[];
  constructor(what: string, problems: SchemaProblem[]) {
    super(`invalid ${what}:\n${formatProblems(problems)}`);
    this.name = 'SchemaError';
    this.problems = problems;
  }
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: SchemaProblem[] };

export function safeParseWith<T>(schema: z.ZodType<T>, input: unknown): ParseResult<T> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: problemsOf(result.error) };
}
