/** Reads a request body as JSON; anything else becomes a problem naming what to fix. */
import type { Context } from 'hono';
import { invalidInput, ProblemError } from './problem.js';

const JSON_TYPE = /^application\/([a-z0-9.+-]*\+)?json\s*(;|$)/i;

export async function readJsonBody(c: Context): Promise<unknown> {
  // Requiring a JSON content type also stops cross-site form posts (no CORS preflight is answered).
  const type = c.req.header('content-type') ?? '';
  if (!JSON_TYPE.test(type)) {
    throw new ProblemError(
      'unsupported-media-type',
      `Send the body as JSON with the header "Content-Type: application/json" (got "${type.slice(0, 100)}").`,
    );
  }
  const text = await c.req.text();
  if (text.trim() === '')
    throw invalidInput([{ path: '', message: 'the body is empty; send a JSON object' }]);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ProblemError(
      'malformed-json',
      'The body could not be parsed as JSON (NaN, Infinity, comments and trailing commas are not JSON).',
      [{ path: '', message: reason.slice(0, 300) }],
    );
  }
}
