import type { IncomingMessage } from 'node:http';

export const HSTS: string;
export function cameOverHttps(req: Pick<IncomingMessage, 'headers'> & { socket?: { encrypted?: boolean } }, env?: Record<string, string | undefined>): boolean;
export function isMalformedPath(url: string | undefined): boolean;
export const MALFORMED_PATH_RESPONSE: { status: number; headers: Record<string, string>; body: string };
export function backslashRedirectTarget(url: string | undefined): string | null;
export function backslashRedirectResponse(location: string): { status: number; headers: Record<string, string>; body: string };
