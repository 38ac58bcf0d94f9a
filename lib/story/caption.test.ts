import { describe, expect, it } from 'vitest';
import { captionSources, captionText, resolveCaption } from './caption';
import type { StoryFacts } from './facts';
import { parseFactRef } from './placeholders';

// Figures as in geo/sources/values/gdp_per_capita.csv (2024: Chongqing 100,903, Gansu 52,825 yuan, both cited nbs-db-fsnd-xsec-v5).
const facts: StoryFacts = {
  story: 't',
  citations: {},
  indicators: { gdp_per_capita: { decimals: 0, unit_en: 'yuan', unit_zh: '元' } },
  facts: {
    'value indicator=gdp_per_capita place=500000 year=2024': {
      kind: 'value',
      indicator: 'gdp_per_capita',
      place: '500000',
      year: 2024,
      value: 100903,
      estimate: false,
      sources: ['nbs-db-fsnd-xsec-v5'],
    },
    'ratio indicator=gdp_per_capita of=620000 place=500000 year=2024': {
      kind: 'ratio',
      indicator: 'gdp_per_capita',
      place: '500000',
      of: '620000',
      year: 2024,
      value: 100903 / 52825,
      estimate: false,
      sources: ['nbs-db-fsnd-xsec-v5'],
    },
    'rank indicator=gdp_per_capita place=500000 year=2024': {
      kind: 'rank',
      indicator: 'gdp_per_capita',
      place: '500000',
      year: 2024,
      value: 11,
      of: 31,
      estimate: false,
      sources: ['nbs-db-fsnd-xsec-v5'],
    },
  },
};

describe('resolveCaption', () => {
  it('words each fact in the language, whatever order the arguments are written in', () => {
    const en = resolveCaption(
      'Chongqing: {{value year=2024 place=500000 indicator=gdp_per_capita}}, {{ratio indicator=gdp_per_capita place=500000 of=620000 year=2024}} Gansu, {{rank indicator=gdp_per_capita place=500000 year=2024}}.',
      facts,
      'en',
    );
    expect(captionText(en)).toBe('Chongqing: 100,903 yuan, 1.9 times Gansu, 11th of 31.');
    const zh = resolveCaption(
      '重庆{{value indicator=gdp_per_capita place=500000 year=2024}}，是甘肃的{{ratio indicator=gdp_per_capita place=500000 of=620000 year=2024}}，{{rank indicator=gdp_per_capita place=500000 year=2024}}。',
      facts,
      'zh',
    );
    expect(captionText(zh)).toBe('重庆100,903元，是甘肃的1.9倍，第11位（共31个省份）。');
    expect(captionSources(en)).toEqual(['nbs-db-fsnd-xsec-v5']);
  });

  it('shows a dash, never a guess, for a fact the data lacks or a placeholder that does not parse', () => {
    const segments = resolveCaption(
      '{{value indicator=gdp_per_capita place=540000 year=2024}} / {{value indicator=gdp_per_capita}} / {{median x=1}}',
      facts,
      'en',
    );
    expect(captionText(segments)).toBe('— / — / —');
    expect(segments.filter((s) => s.type === 'missing')).toHaveLength(3);
    expect(resolveCaption('{{value indicator=gdp_per_capita place=500000 year=2024}}', null, 'en')[0].type).toBe('missing');
  });
});

describe('parseFactRef', () => {
  it('says what is wrong with a placeholder', () => {
    expect(parseFactRef('value indicator=gdp_per_capita')).toEqual({ error: 'value needs place, year' });
    expect(parseFactRef('gini indicator=gdp place=1 year=2024')).toEqual({ error: 'gini takes no "place"' });
    expect(parseFactRef('change indicator=a place=1 from=2000 to=2010 how=log')).toEqual({ error: 'how=log is not pct, abs or cagr' });
  });
});
