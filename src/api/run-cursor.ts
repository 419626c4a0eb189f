/** Opaque page cursors for GET /api/runs: the position of the last run on the page. */
import type { Run, RunCursor } from '../store/run-repository.js';
import { RUN_ID_PATTERN } from './request-limits.js';

export const encodeCursor = (run: Run): string =>
  Buffer.from(JSON.stringify([run.timings.queuedAt, run.id])).toString('base64url');

export function decodeCursor(text: string): RunCursor | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const [queuedAt, id] = value as unknown[];
    if (typeof queuedAt !== 'string' || Number.isNaN(Date.parse(queuedAt))) return undefined;
    if (typeof id !== 'string' || !RUN_ID_PATTERN.test(id)) return undefined;
    return { queuedAt, id };
  } catch {
    return undefined;
  }
}
