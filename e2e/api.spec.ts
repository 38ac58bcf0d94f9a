import { expect, test } from './fixtures';

// The production server as a client sees it: compression negotiated, conditional requests honoured.
test.describe('the production server', () => {
  test('sends tiles gzip-encoded as compressed at build time, with 304 on revalidation', async ({ request }) => {
    const res = await request.get('/api/tiles/basemap/4/12/6', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status()).toBe(200);
    expect(res.headers()['content-encoding']).toBe('gzip');
    expect(res.headers()['content-type']).toBe('application/vnd.mapbox-vector-tile');
    const etag = res.headers()['etag'];
    const again = await request.get('/api/tiles/basemap/4/12/6', { headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } });
    expect(again.status()).toBe(304);
  });

  test('sends the provinces layer brotli-compressed to clients that accept it', async ({ request }) => {
    const res = await request.get('/api/layers/provinces', { headers: { 'accept-encoding': 'br' } });
    expect(res.headers()['content-encoding']).toBe('br');
    // Playwright decodes the body; the byte count on the wire is in Content-Length.
    expect(Number(res.headers()['content-length'])).toBeLessThan(150_000);
    expect((await res.json()).features).toHaveLength(31);
  });

  test('answers bad tile coordinates with a JSON 400 and no stack trace', async ({ request }) => {
    const res = await request.get('/api/tiles/basemap/3/99/0');
    expect(res.status()).toBe(400);
    const body = await res.text();
    expect(JSON.parse(body).error).toBe('bad_request');
    expect(body).not.toMatch(/at .*\(|\/work\//);
  });
});
