import { describe, expect, it } from 'vitest';
import { routeRequest } from '@/app/api/_testing/route-request';
import type { IndicatorYear } from '@/lib/indicators/api-types';
import type { StoryFacts } from '@/lib/story/facts';
import { GET } from './route';
import { GET as getIndicator } from '../../indicators/[id]/route';

const get = (id: string) => GET(routeRequest(`/api/stories/${id}`), { params: Promise.resolve({ id }) });

describe('GET /api/stories/{id}', () => {
  it("answers every fact of the story's captions, each value as the indicator API serves it", async () => {
    const response = await get('brief');
    expect(response.status).toBe(200);
    const body: StoryFacts = await response.json();
    const facts = Object.values(body.facts);
    expect(facts.length).toBeGreaterThan(20);
    for (const f of facts) {
      expect(f).not.toBeNull();
      if (f?.kind !== 'value') continue;
      const year: IndicatorYear = await (
        await getIndicator(routeRequest(`/api/indicators/${f.indicator}?year=${f.year}`), { params: Promise.resolve({ id: f.indicator }) })
      ).json();
      expect(year.values.find((v) => v.code === f.place)?.value, `${f.indicator} ${f.place} ${f.year}`).toBe(f.value);
    }
  });

  it('is a JSON 404 for a story it does not know', async () => {
    const response = await get('nope');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'not_found' });
  });
});
