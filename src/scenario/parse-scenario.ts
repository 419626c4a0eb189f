/** Validates untrusted scenario input once, turning every problem into a dotted path and a message. */
import type { z } from 'zod';
import { dottedPath, type FieldProblem, fail, ok, type Result } from './field-problem.js';
import { type Scenario, ScenarioSchema } from './scenario-schema.js';

const TYPE_WORDS: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};
const DISTRIBUTIONS = ['fixed', 'uniform', 'triangular', 'normal', 'beta', 'lognormal'];
const describeType = (expected: string): string => TYPE_WORDS[expected] ?? expected;

function issueToProblems(issue: z.core.$ZodIssue): FieldProblem[] {
  const path = dottedPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: path ? `${path}.${key}` : key,
      message: 'is not a known field (check the spelling; unknown fields are not allowed)',
    }));
  }
  if (issue.code === 'invalid_union') {
    const discriminator = (issue as { discriminator?: string }).discriminator;
    if (discriminator) return [{ path, message: `must be one of: ${DISTRIBUTIONS.join(', ')}` }];
    // A parameter is a number or a distribution: when the value is an object, report what is wrong
    // inside it; otherwise say what shapes are allowed.
    const branches = issue.errors.map((errs) => errs.flatMap((e) => issueToProblemsNested(e, issue.path)));
    const inner = branches.find((b) => b.length > 0 && b.every((p) => p.path !== path));
    if (inner) return inner;
    return [
      { path, message: 'must be a number or a distribution such as {"dist": "beta", "alpha": 2, "beta": 8}' },
    ];
  }
  if (issue.code === 'invalid_type') {
    const received = /received (\w+)/.exec(issue.message)?.[1];
    if (received === 'undefined') return [{ path, message: `is required (${describeType(issue.expected)})` }];
    return [
      { path, message: `must be ${describeType(issue.expected)}${received ? ` (got ${received})` : ''}` },
    ];
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const small = issue.code === 'too_small';
    const bound = small ? issue.minimum : issue.maximum;
    const inclusive = issue.inclusive !== false;
    if (issue.origin === 'array' || issue.origin === 'string') {
      const unit = issue.origin === 'array' ? 'items' : 'characters';
      return [{ path, message: `must have ${small ? 'at least' : 'at most'} ${bound} ${unit}` }];
    }
    const word = small ? (inclusive ? 'at least' : 'greater than') : inclusive ? 'at most' : 'less than';
    return [{ path, message: `must be ${word} ${bound}` }];
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
