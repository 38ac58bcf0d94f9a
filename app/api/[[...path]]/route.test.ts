import { describe, expect, it } from 'vitest';
import { GET } from './route';

describe('/api/{anything unknown}', () => {
  it('answers a JSON 404 that lists the entry points', async () => {
    const res = GET();
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = await res.json();
    expect(body.error).toBe('not_found');
    expect(body.message).toContain('/api/layers/{id}');
    expect(body.details.entry_points).toContain('/api/tiles/{tileset}/{z}/{x}/{y}');
  });
});
