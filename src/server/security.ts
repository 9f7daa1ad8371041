import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import { DossierError } from '../errors/dossier-error.js';

/** Security headers on every answer: a strict CSP (no inline script or style, no framing), no-sniff, no referrer. */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'no-referrer',
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    strictTransportSecurity: false,
  });
}

/** True for a host name or address that only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** The cookie the UI's token is kept in after `/?token=...`. */
export const TOKEN_COOKIE = 'dossier_token';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Requires the token on every request: `Authorization: Bearer TOKEN`, or the cookie set by opening
 * `/?token=TOKEN` once (the address `dossier serve` prints). Compared in constant time.
 */
export function requireToken(token: string): MiddlewareHandler {
  const expected = digest(token);
  const matches = (given: string | undefined) =>
    given !== undefined && timingSafeEqual(digest(given), expected);
  return async (c, next) => {
    const query = c.req.query('token');
    if (c.req.method === 'GET' && c.req.path === '/' && query !== undefined && matches(query)) {
      setCookie(c, TOKEN_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/' });
      return c.redirect('/', 303);
    }
    const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (matches(bearer) || matches(getCookie(c, TOKEN_COOKIE))) return next();
    throw new DossierError('TOKEN_REQUIRED', 'this server requires its access token', {
      expected: 'an "Authorization: Bearer TOKEN" header, or open /?token=TOKEN once in the browser',
    });
  };
}
