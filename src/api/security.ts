/** Security headers on every response, and the optional bearer token on every change. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { problemResponse } from './problem.js';

const HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; base-uri 'self'; form-action 'self'; object-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(HEADERS)) c.res.headers.set(name, value);
};

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Equal-length digests make the comparison constant-time whatever the lengths of the inputs. */
export function tokensMatch(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** When `token` is set, every request that changes something needs `Authorization: Bearer <token>`. */
export function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (token === undefined || SAFE_METHODS.has(c.req.method)) return next();
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match || !tokensMatch(match[1]!, token)) {
      return problemResponse(
        'unauthorized',
        match
          ? 'The bearer token is not right.'
          : 'Send the header "Authorization: Bearer <CASEFORCE_TOKEN>".',
        { instance: c.req.path, headers: { 'WWW-Authenticate': 'Bearer realm="caseforce"' } },
      );
    }
    return next();
  };
}
