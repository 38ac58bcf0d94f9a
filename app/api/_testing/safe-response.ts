/** Assertions every API answer must pass, whatever a client sends (fuzz and path-traversal tests). */
import { expect } from 'vitest';
import { FILE_CONTENT, LEAKS, withoutEcho } from './hostile-input';

function expectNoLeaks(text: string) {
  for (const pattern of LEAKS) expect(text, `leaks ${pattern}`).not.toMatch(pattern);
  for (const pattern of FILE_CONTENT) expect(text, `serves file content ${pattern}`).not.toMatch(pattern);
}

/**
 * Never a 5xx; a success has the route's content type; an error is JSON naming what was wrong
 * (`names`), with no stack or path. Error messages quote the first 64 characters of an unknown id,
 * so `echoed` inputs are cut out of the message before it is checked for leaks.
 */
export async function expectSafeResponse(res: Response, { okType, names, echoed = [] }: { okType: RegExp; names: RegExp; echoed?: string[] }) {
  expect(res.status).toBeLessThan(500);
  const type = res.headers.get('content-type') ?? '';
  if (res.status === 200) return expect(type).toMatch(okType);
  if (res.status === 204) return expect(await res.text()).toBe('');
  expect([400, 404]).toContain(res.status);
  expect(type).toBe('application/json; charset=utf-8');
  const body = (await res.json()) as { error?: unknown; message?: unknown };
  expect(body.error).toBe(res.status === 400 ? 'bad_request' : 'not_found');
  expect(typeof body.message).toBe('string');
  expect(body.message).toMatch(names);
  expectNoLeaks(withoutEcho(body.message as string, echoed));
}
