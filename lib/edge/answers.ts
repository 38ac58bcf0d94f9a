/**
 * Answers the edge (server.mjs) gives itself, before or instead of Next: JSON under /api like every
 * API error, a short readable page elsewhere. All carry the deny-all policy and no-store.
 */
import { API_CSP } from '../http/csp';
import { ERROR_CODES, type ErrorStatus } from '../http/errors';
import { CACHE_CONTROL, CONTENT_TYPE } from '../http/response-kinds';

export interface EdgeAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sent on every response, whoever writes it (the page adds its own CSP; see lib/edge/handler.ts). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const OWN_HEADERS = { ...SECURITY_HEADERS, 'Cache-Control': CACHE_CONTROL.never, 'Content-Security-Policy': API_CSP, 'X-Frame-Options': 'DENY' };

const REASONS: Record<number, string> = {
  400: 'Bad request',
  404: 'Not found',
  405: 'Method not allowed',
  408: 'Request timeout',
  431: 'Request header fields too large',
  503: 'Busy',
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function jsonAnswer(status: ErrorStatus, message: string, headers: Record<string, string> = {}): EdgeAnswer {
  return {
    status,
    headers: { ...OWN_HEADERS, 'Content-Type': CONTENT_TYPE.json, ...headers },
    body: JSON.stringify({ error: ERROR_CODES[status], message }),
  };
}

/** A page a person can read, with the way back to the map. */
export function htmlAnswer(status: ErrorStatus, message: string, headers: Record<string, string> = {}): EdgeAnswer {
  const title = `${status} ${REASONS[status] ?? 'Error'}`;
  return {
    status,
    headers: { ...OWN_HEADERS, 'Content-Type': CONTENT_TYPE.html, ...headers },
    body: `<!doctype html><html lang="en"><meta charset="utf-8"><title>${title} · Hinterland</title><h1>${title}</h1><p>${escapeHtml(message)}</p><p><a href="/">Back to the map</a></p></html>`,
  };
}

/** JSON under /api, a page elsewhere. */
export const answerFor = (path: string) => (path === '/api' || path.startsWith('/api/') ? jsonAnswer : htmlAnswer);

export const redirectAnswer = (location: string): EdgeAnswer => ({ status: 308, headers: { ...OWN_HEADERS, Location: location }, body: '' });

export const noContentAnswer = (headers: Record<string, string>): EdgeAnswer => ({ status: 204, headers: { ...OWN_HEADERS, ...headers }, body: '' });

/** For answers written straight to the socket, when Node's parser refused the request (431, 400). */
export function rawHttpResponse(answer: EdgeAnswer): string {
  const body = Buffer.from(answer.body, 'utf8');
  const head = Object.entries({ ...answer.headers, 'Content-Length': String(body.length), Connection: 'close' }).map(([k, v]) => `${k}: ${v}`);
  return `HTTP/1.1 ${answer.status} ${REASONS[answer.status] ?? 'Error'}\r\n${head.join('\r\n')}\r\n\r\n${answer.body}`;
}
