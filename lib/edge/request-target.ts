/**
 * What a request names, read from its request target (RFC 9112 §3.2) and method, before Next sees
 * it: every route is read-only, so GET and HEAD pass, OPTIONS is answered here, and anything else is
 * 405. Absolute-form targets are reduced to their path: the authority a client writes is never used.
 */
import { answerFor, jsonAnswer, noContentAnswer, redirectAnswer, type EdgeAnswer } from './answers';

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

/** A target the edge lets through, as its path and its URL (origin-form); or its own answer. */
export type PassedTarget = { pass: true; path: string; url: string };
export type TargetDecision = PassedTarget | { pass: false; answer: EdgeAnswer };

const ABSOLUTE_FORM = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;

/**
 * True when the path cannot be percent-decoded (a bare %, %ZZ, bytes that are not UTF-8). Next
 * answers such paths with a bare 500.
 */
export function isMalformedPath(path: string): boolean {
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/**
 * Where a path with backslashes belongs: the same path with slashes, runs of slashes collapsed so
 * that `/\\evil.com` cannot become the protocol-relative `//evil.com`; the query kept. Null when the
 * path has no backslash.
 */
export function backslashRedirectTarget(url: string): string | null {
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  if (!path.includes('\\')) return null;
  return path.replace(/\\/g, '/').replace(/\/{2,}/g, '/') + (q < 0 ? '' : url.slice(q));
}

export function decideTarget(method: string | undefined, rawTarget: string | undefined): TargetDecision {
  const target = String(rawTarget ?? '');
  if (target === '*') {
    // The asterisk form means "the server itself" and is only defined for OPTIONS.
    return method === 'OPTIONS'
      ? { pass: false, answer: noContentAnswer({ Allow: ALLOWED_METHODS }) }
      : { pass: false, answer: jsonAnswer(400, 'The request target * is only meaningful with OPTIONS.', { Allow: ALLOWED_METHODS }) };
  }
  const rest = target.replace(ABSOLUTE_FORM, '');
  const url = rest === target ? target : rest.startsWith('/') ? rest : `/${rest}`;
  const path = url.split('?')[0];
  const answer = answerFor(path);
  if (!path.startsWith('/') && !path.startsWith('\\')) return { pass: false, answer: answer(400, 'The request target must be a path starting with /.') };
  if (method !== 'GET' && method !== 'HEAD') {
    if (method === 'OPTIONS') return { pass: false, answer: noContentAnswer({ Allow: ALLOWED_METHODS }) };
    return { pass: false, answer: answer(405, `This server only reads: ${ALLOWED_METHODS}.`, { Allow: ALLOWED_METHODS }) };
  }
  if (isMalformedPath(path)) {
    return { pass: false, answer: jsonAnswer(400, 'Malformed URL path: every % must start a percent-encoded UTF-8 byte (%XX with two hex digits).') };
  }
  const location = backslashRedirectTarget(url);
  if (location) return { pass: false, answer: redirectAnswer(location) };
  return { pass: true, path, url };
}
