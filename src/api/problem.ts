/**
 * Every non-2xx answer is built here: application/problem+json (RFC 9457) with a type from
 * PROBLEM_TYPES, and `errors[]` of `{ path, message }` when the input was invalid.
 */
import type { FieldProblem } from '../scenario/field-problem.js';

export const PROBLEM_TYPES = {
  'invalid-input': { status: 400, title: 'The request has invalid input' },
  'malformed-json': { status: 400, title: 'The request body is not valid JSON' },
  unauthorized: { status: 401, title: 'A valid bearer token is required' },
  'read-only': { status: 403, title: 'Shipped scenarios cannot be changed' },
  'not-found': { status: 404, title: 'Not found' },
  'result-not-ready': { status: 409, title: 'The run has no result' },
  'payload-too-large': { status: 413, title: 'The request body is too large' },
  'unsupported-media-type': { status: 415, title: 'The request body must be application/json' },
  'queue-full': { status: 429, title: 'Too many runs are waiting' },
  'internal-error': { status: 500, title: 'Something went wrong on the server' },
  'shutting-down': { status: 503, title: 'The server is shutting down' },
} as const;

export type ProblemType = keyof typeof PROBLEM_TYPES;

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldProblem[];
}

export const problemTypeUri = (type: ProblemType): string => `/problems/${type}`;

/** A problem thrown from a handler; the app's error handler turns it into a response. */
export class ProblemError extends Error {
  constructor(
    readonly problemType: ProblemType,
    readonly detail: string,
    readonly errors?: FieldProblem[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail);
  }
}

export function invalidInput(errors: FieldProblem[], detail?: string): ProblemError {
  const fields = [...new Set(errors.map((e) => e.path || '(body)'))].slice(0, 5).join(', ');
  return new ProblemError('invalid-input', detail ?? `Fix these fields and try again: ${fields}.`, errors);
}

export function notFound(what: string): ProblemError {
  return new ProblemError('not-found', `${what} does not exist.`);
}

export function problemResponse(
  type: ProblemType,
  detail: string,
  options: { instance?: string; errors?: FieldProblem[] | undefined; headers?: Record<string, string> } = {},
): Response {
  const { status, title } = PROBLEM_TYPES[type];
  const body: Problem = {
    type: problemTypeUri(type),
    title,
    status,
    detail,
    ...(options.instance === undefined ? {} : { instance: options.instance }),
    ...(options.errors === undefined ? {} : { errors: options.errors }),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...options.headers },
  });
}

export function problemErrorResponse(error: ProblemError, instance: string): Response {
  return problemResponse(error.problemType, error.detail, {
    instance,
    errors: error.errors,
    ...(error.headers ? { headers: error.headers } : {}),
  });
}
