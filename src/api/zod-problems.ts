/** Turns zod issues on request fields (not scenarios: parseScenario does those) into field problems. */
import type { z } from 'zod';
import type { FieldProblem } from '../scenario/field-problem.js';

const join = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

export function zodProblems(error: z.ZodError, prefix = ''): FieldProblem[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String).reduce(join, prefix);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: join(path, key), message: 'is not a known field' }));
    }
    return [{ path, message: issue.message }];
  });
}
