/** Validates untrusted scenario input once, turning every problem into a dotted path and a message. */
import type { z } from 'zod';
import { dottedPath, type FieldProblem, fail, ok, type Result } from './field-problem.js';
import { type Scenario, ScenarioSchema } from './scenario-schema.js';

function issueToProblems(issue: z.core.$ZodIssue): FieldProblem[] {
  const path = dottedPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: path ? `${path}.${key}` : key,
      message: 'is not a known field (check the spelling; unknown fields are not allowed)',
    }));
  }
  if (issue.code === 'invalid_union') {
    // A parameter is a number or a distribution: report the branch closest to what was given.
    const branches = issue.errors.map((errs) => errs.flatMap((e) => issueToProblemsNested(e, issue.path)));
    const best = branches.find(
      (b) => b.length > 0 && b.every((p) => !p.message.startsWith('Invalid input: expected number')),
    );
    if (best && best.length > 0 && !best.some((p) => p.message.includes('No matching discriminator')))
      return best;
    return [
      { path, message: 'must be a number or a distribution such as {"dist": "beta", "alpha": 2, "beta": 8}' },
    ];
  }
  if (issue.code === 'invalid_type') {
    const received = /received (\w+)/.exec(issue.message)?.[1];
    if (received === 'undefined') return [{ path, message: `is required (${issue.expected})` }];
    return [
      {
        path,
        message: `must be ${issue.expected === 'array' ? 'an' : 'a'} ${issue.expected}${received ? ` (got ${received})` : ''}`,
      },
    ];
  }
  return [{ path, message: issue.message }];
}

function issueToProblemsNested(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]): FieldProblem[] {
  return issueToProblems({ ...issue, path: [...prefix, ...issue.path] } as z.core.$ZodIssue);
}

/** Parses a scenario (already JSON-decoded); never throws on bad input. */
export function parseScenario(input: unknown): Result<Scenario> {
  const parsed = ScenarioSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const problems = parsed.error.issues.flatMap(issueToProblems);
  const seen = new Set<string>();
  return fail(
    problems.filter((p) => {
      const key = `${p.path}\u0000${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  );
}
