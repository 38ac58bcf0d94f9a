import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../url/view-state';
import { applyViewPatch } from './leave';

const inStory = { ...DEFAULT_STATE, story: 'brief', step: 3, region: '420000', year: 2024 };

describe('applyViewPatch', () => {
  it('stays on the step when the map moves, the language switches or nothing really changes', () => {
    const moved = applyViewPatch(inStory, { map: { zoom: 6, lat: 30, lng: 114 } });
    expect(moved).toMatchObject({ story: 'brief', step: 3, map: { zoom: 6 } });
    expect(applyViewPatch(inStory, { lang: 'zh' })).toMatchObject({ story: 'brief', lang: 'zh' });
    expect(applyViewPatch(inStory, { region: '420000' }).story).toBe('brief');
  });

  it('leaves the story, keeping the view, on any other change', () => {
    expect(applyViewPatch(inStory, { indicator: 'population' })).toMatchObject({ story: null, step: null, indicator: 'population', region: '420000' });
    expect(applyViewPatch(inStory, { region: null })).toMatchObject({ story: null, region: null, year: 2024 });
  });

  it('enters or moves through a story when the patch names it', () => {
    expect(applyViewPatch(DEFAULT_STATE, { story: 'brief', step: 2, year: 2020 })).toMatchObject({ story: 'brief', step: 2, year: 2020 });
  });
});
