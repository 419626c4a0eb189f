/** Expected failures in the core are values: a result is either ok with a value or a list of problems. */
export interface FieldProblem {
  /** Dotted path of the offending field, e.g. `leaving.bands.0.hazardPerMonth`; '' for the whole input. */
  path: string;
  message: string;
}

export type Result<T, E = FieldProblem[]> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <E>(error: E): Result<never, E> => ({ ok: false, error });

export function dottedPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}
