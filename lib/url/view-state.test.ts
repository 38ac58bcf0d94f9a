import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CHART_MODES,
  DEFAULT_STATE,
  LOG_AXES,
  MAX_PLACES,
  NO_SIZE,
  VIEWS,
  CHANGE_KINDS,
  parseViewState,
  serializeViewState,
  type ViewContext,
  type ViewState,
} from './view-state';
import { CLASSIFICATIONS } from '../choropleth/classify';
import { GROUP_FILTERS } from '../choropleth/filters';

const ctx: ViewContext = {
  indicators: ['gdp_per_capita', 'population', 'urbanization'],
  layers: ['hu-line', 'rail-hubs', 'city-clusters'],
  isRegion: (id) => /^[1-6]\d0000$/.test(id) || ['east', 'coastal'].includes(id) || /^cluster:[a-z-]+$/.test(id),
};
const parse = (qs: string) => parseViewState(new URLSearchParams(qs), ctx);

describe('parseViewState: a parameter given more than once', () => {
  it('takes repeats of one value as that value', () => {
    expect(parse('embed=1&embed=1').state.embed).toBe(true);
    expect(parse('lang=zh&lang=zh').state.lang).toBe('zh');
    expect(parse('lang=zh&lang=zh').dropped).toEqual([]);
  });

  it('drops different values as a conflict, keeping the default', () => {
    const { state, dropped } = parse('embed=0&embed=1&lang=zh&lang=en');
    expect(state.embed).toBe(false);
    expect(state.lang).toBe('en');
    expect(dropped).toEqual(['lang=zh|en', 'embed=0|1']);
  });

  it('counts an old name and its new name as the same parameter', () => {
    expect(parse('ind=population&indicator=population').state.indicator).toBe('population');
    const { state, dropped } = parse('ind=population&indicator=urbanization');
    expect(state.indicator).toBe(DEFAULT_STATE.indicator);
    expect(dropped).toEqual(['indicator=urbanization|population']);
  });
});

describe('parseViewState', () => {
  it('reads a full deep link', () => {
    const { state, dropped } = parse(
      'indicator=population&year=2010&region=420000&compare=east&layers=hu-line,rail-hubs&class=ckmeans&group=east&range=1000..5000&map=5.5/30.5/114.3&lang=zh',
    );
    expect(dropped).toEqual([]);
    expect(state).toEqual({
      ...DEFAULT_STATE,
      indicator: 'population',
      year: 2010,
      region: '420000',
      compare: 'east',
      layers: ['hu-line', 'rail-hubs'],
      classification: 'ckmeans',
      group: 'east',
      range: [1000, 5000],
      map: { zoom: 5.5, lat: 30.5, lng: 114.3 },
      lang: 'zh',
      embed: false,
    });
  });

  it('selects a layer feature by its link id and shows its layer', () => {
    const { state, dropped } = parse('region=cluster:chengdu-chongqing&layers=hu-line');
    expect(dropped).toEqual([]);
    expect(state.region).toBe('cluster:chengdu-chongqing');
    expect(state.layers).toEqual(['hu-line', 'city-clusters']);
    expect(parse('region=hub:wuhan').dropped).toEqual(['region=hub:wuhan']);
  });

  it('reads embed=1 and drops other embed values', () => {
    expect(parse('embed=1').state.embed).toBe(true);
    expect(parse('embed=yes').dropped).toEqual(['embed=yes']);
    expect(serializeViewState({ ...DEFAULT_STATE, embed: true })).toBe('embed=1');
  });

  it('drops what it does not know and says which', () => {
    const { state, dropped } = parse('indicator=gdp_per_cat&year=20x0&layers=hu-line,../etc&map=99/0/0&class=magic&range=5..1');
    expect(state.indicator).toBe(DEFAULT_STATE.indicator);
    expect(state.layers).toEqual(['hu-line']);
    expect(state.map).toEqual(DEFAULT_STATE.map);
    expect(dropped).toEqual(['indicator=gdp_per_cat', 'year=20x0', 'layers=../etc', 'class=magic', 'range=5..1', 'map=99/0/0']);
  });

  it('keeps renamed parameters working', () => {
    expect(parse('ind=urbanization&classification=equal&l=rail-hubs').state).toMatchObject({
      indicator: 'urbanization',
      classification: 'equal',
      layers: ['rail-hubs'],
    });
  });
});

describe('compare', () => {
  it('keeps another province or group beside the open region', () => {
    expect(parse('region=620000&compare=320000').state).toMatchObject({ region: '620000', compare: '320000' });
    expect(parse('region=620000&compare=coastal').state.compare).toBe('coastal');
    expect(serializeViewState({ ...DEFAULT_STATE, region: '620000', compare: '320000' })).toBe('region=620000&compare=320000');
  });

  it('drops a comparison without a region, with itself, with a layer feature or an unknown id', () => {
    for (const qs of ['compare=320000', 'region=620000&compare=620000', 'region=620000&compare=cluster:chengdu-chongqing', 'region=620000&compare=999999']) {
      const { state, dropped } = parse(qs);
      expect(state.compare, qs).toBeNull();
      expect(dropped[0], qs).toMatch(/^compare=/);
    }
  });

  it('is not written without a region', () => {
    expect(serializeViewState({ ...DEFAULT_STATE, compare: '320000' })).toBe('');
  });
});

describe('parseViewState: the views of one state', () => {
  it('reads a chart, a scatter and a table link', () => {
    expect(parse('view=chart&places=420000,500000,east&from=2005&year=2024&chart=relative').state).toMatchObject({
      view: 'chart',
      places: ['420000', '500000', 'east'],
      from: 2005,
      year: 2024,
      chart: 'relative',
    });
    expect(parse('view=scatter&x=urbanization&y=gdp_per_capita&size=none&log=y,x').state).toMatchObject({
      view: 'scatter',
      x: 'urbanization',
      y: 'gdp_per_capita',
      size: 'none',
      log: ['y', 'x'],
    });
    expect(serializeViewState(parse('view=scatter&log=y,x').state)).toBe('view=scatter&log=x,y');
  });

  it('keeps the scatter’s fit line in the link, and leaves it out when it is off', () => {
    expect(parse('view=scatter&fit=1').state.fit).toBe(true);
    expect(serializeViewState({ ...DEFAULT_STATE, view: 'scatter', fit: true })).toBe('view=scatter&fit=1');
    expect(serializeViewState({ ...DEFAULT_STATE, view: 'scatter', fit: false })).toBe('view=scatter');
    const off = parse('view=scatter&fit=0');
    expect(off.state.fit).toBe(false);
    expect(off.dropped).toEqual([]);
    expect(serializeViewState(off.state)).toBe('view=scatter');
  });

  it('drops a fit value that is not 1 or 0, and a conflict, with the notice', () => {
    for (const qs of ['fit=yes', 'fit=true', 'fit=', 'fit=2']) {
      const { state, dropped } = parse(qs);
      expect(state.fit, qs).toBe(false);
      expect(dropped, qs).toEqual([qs]);
    }
    expect(parse('fit=1&fit=0').dropped).toEqual(['fit=1|0']);
  });

  it('takes China, groups and provinces as places, at most twelve, never a layer feature', () => {
    const { state, dropped } = parse('places=100000,coastal,420000,420000,cluster:chengdu-chongqing,999999');
    expect(state.places).toEqual(['100000', 'coastal', '420000']);
    expect(dropped).toEqual(['places=cluster:chengdu-chongqing', 'places=999999']);
    const many = Array.from({ length: 14 }, (_, i) => `${11 + i}0000`);
    const capped = parse(`places=${many.join(',')}`);
    expect(capped.state.places).toHaveLength(MAX_PLACES);
    expect(capped.dropped).toEqual(['places=230000', 'places=240000']);
  });

  it('drops a start year that is not before the end year, and unknown views, axes and modes', () => {
    const { state, dropped } = parse('year=2010&from=2010&view=globe&x=gdp_per_cat&log=z&chart=stacked&size=area');
    expect(state).toMatchObject({ view: 'map', from: null, x: null, log: [], chart: 'absolute', size: null });
    expect(dropped).toEqual(['view=globe', 'from=2010', 'x=gdp_per_cat', 'size=area', 'log=z', 'chart=stacked']);
    expect(parse('from=2005').state.from).toBe(2005);
  });

  it('reads the change map only with a start year', () => {
    expect(parse('from=2005&year=2024&change=cagr').state).toMatchObject({ from: 2005, change: 'cagr' });
    expect(serializeViewState(parse('change=pct&from=2010').state)).toBe('from=2010&change=pct');
    expect(parse('change=pct')).toMatchObject({ state: { change: null }, dropped: ['change=pct'] });
    expect(parse('from=2005&change=ratio')).toMatchObject({ state: { change: null }, dropped: ['change=ratio'] });
    // A start year after the end year is dropped, and its change with it.
    expect(parse('year=2010&from=2015&change=abs').dropped).toEqual(['from=2015', 'change=abs']);
  });

  it('still reads an old four-digit y as the year, and any other y as the scatter axis', () => {
    expect(parse('y=2010').state).toMatchObject({ year: 2010, y: null });
    expect(parse('y=population').state).toMatchObject({ year: null, y: 'population' });
    expect(parse('y=2010&year=2012').dropped).toEqual(['year=2012|2010']);
  });
});

describe('parseViewState: years without data', () => {
  const withYears: ViewContext = { ...ctx, yearsOf: (id) => (id === 'urbanization' ? [2000, 2010, 2020] : [2000, 2001, 2002, 2024]) };
  const adjust = (qs: string) => parseViewState(new URLSearchParams(qs), withYears);

  it('moves a year to the nearest with data and says so', () => {
    expect(adjust('year=1999')).toMatchObject({ state: { year: 2000 }, adjusted: [{ name: 'year', asked: 1999, shown: 2000 }], dropped: [] });
    expect(adjust('year=2050').state.year).toBe(2024);
    expect(adjust('indicator=urbanization&year=2024')).toMatchObject({ state: { year: 2020 }, adjusted: [{ name: 'year', asked: 2024, shown: 2020 }] });
    expect(adjust('year=2024').adjusted).toEqual([]);
  });

  it('lets a temporal layer that is on keep its own years', () => {
    const withYears: ViewContext = { ...ctx, yearsOf: () => [2000, 2024] };
    const hubs = parseViewState(new URLSearchParams('year=2025&layers=rail-hubs'), withYears);
    expect(hubs).toMatchObject({ state: { year: 2025 }, adjusted: [] });
    expect(parseViewState(new URLSearchParams('year=2025'), withYears).state.year).toBe(2024);
  });

  it('moves the start year too, and drops it when it lands on or after the end', () => {
    expect(adjust('indicator=urbanization&from=2004&year=2020')).toMatchObject({
      state: { from: 2000 },
      adjusted: [{ name: 'from', asked: 2004, shown: 2000 }],
    });
    const late = adjust('indicator=urbanization&from=2019');
    expect(late.state.from).toBeNull();
    expect(late.dropped).toEqual(['from=2019']);
  });
});

describe('a story link', () => {
  const steps = ['indicator=population&year=2024&layers=hu-line', 'view=chart&places=420000,east&from=2005&year=2020'];
  const withStory: ViewContext = { ...ctx, storySteps: (id) => (id === 'brief' ? steps : undefined) };
  const story = (qs: string) => parseViewState(new URLSearchParams(qs), withStory);

  it("is its step's view, read through the same parser, in the link's language and embed mode", () => {
    const { state, dropped } = story('story=brief&step=2&lang=zh&embed=1');
    expect(dropped).toEqual([]);
    expect(state).toEqual({ ...parse(`${steps[1]}&lang=zh&embed=1`).state, story: 'brief', step: 2 });
    expect(state).toMatchObject({ view: 'chart', places: ['420000', 'east'], from: 2005, year: 2020, lang: 'zh', embed: true });
  });

  it('starts at step 1 and serializes to the story and step alone (step 1 omitted)', () => {
    const first = story('story=brief');
    expect(first.state).toMatchObject({ story: 'brief', step: 1, indicator: 'population', layers: ['hu-line'] });
    expect(serializeViewState(first.state)).toBe('story=brief');
    expect(serializeViewState(story('story=brief&step=2&lang=zh').state)).toBe('story=brief&step=2&lang=zh');
    expect(story('story=brief&step=1').state).toEqual(first.state);
  });

  it('drops an unknown story, a step out of range, a step without a story and view parameters beside a step', () => {
    expect(story('story=nope&step=2&indicator=urbanization')).toMatchObject({
      state: { story: null, step: null, indicator: 'urbanization' },
      dropped: ['story=nope', 'step=2'],
    });
    expect(story('story=brief&step=3')).toMatchObject({ state: { story: 'brief', step: 1 }, dropped: ['step=3'] });
    expect(story('story=brief&step=x').dropped).toEqual(['step=x']);
    expect(story('step=2')).toMatchObject({ state: { story: null, step: null }, dropped: ['step=2'] });
    expect(story('story=brief&step=2&year=2010&utm=x')).toMatchObject({ state: { year: 2020 }, dropped: ['year=2010'] });
    expect(story('story=brief&story=other').dropped[0]).toBe('story=brief|other');
  });
});

describe('serializeViewState', () => {
  it('leaves the default view empty and rounds numbers', () => {
    expect(serializeViewState(DEFAULT_STATE)).toBe('');
    const qs = serializeViewState({ ...DEFAULT_STATE, map: { zoom: 5.123, lat: 30.123456, lng: 114.987654 } });
    expect(qs).toBe('map=5.12/30.1235/114.9877');
  });
});

const stateArb: fc.Arbitrary<ViewState> = fc
  .record({
    indicator: fc.constantFrom(...ctx.indicators),
    year: fc.option(fc.integer({ min: 1949, max: 2100 }), { nil: null }),
    region: fc.option(fc.constantFrom('420000', '110000', 'east', 'cluster:chengdu-chongqing'), { nil: null }),
    compare: fc.option(fc.constantFrom('420000', '110000', 'east', 'coastal'), { nil: null }),
    layers: fc.uniqueArray(fc.constantFrom(...ctx.layers)),
    classification: fc.constantFrom(...CLASSIFICATIONS),
    group: fc.constantFrom(...GROUP_FILTERS),
    range: fc.option(
      fc.tuple(fc.integer({ min: -1000, max: 100000 }), fc.integer({ min: 0, max: 100000 })).map(([a, b]) => [a, a + b] as [number, number]),
      { nil: null },
    ),
    map: fc.record({
      zoom: fc.integer({ min: 0, max: 2200 }).map((z) => z / 100),
      lat: fc.integer({ min: -850000, max: 850000 }).map((v) => v / 10000),
      lng: fc.integer({ min: -1800000, max: 1800000 }).map((v) => v / 10000),
    }),
    lang: fc.constantFrom('en' as const, 'zh' as const),
    embed: fc.boolean(),
    view: fc.constantFrom(...VIEWS),
    places: fc.uniqueArray(fc.constantFrom('100000', '420000', '500000', 'east', 'coastal'), { maxLength: 5 }),
    from: fc.option(fc.integer({ min: 1949, max: 2100 }), { nil: null }),
    change: fc.option(fc.constantFrom(...CHANGE_KINDS), { nil: null }),
    x: fc.option(fc.constantFrom(...ctx.indicators), { nil: null }),
    y: fc.option(fc.constantFrom(...ctx.indicators), { nil: null }),
    size: fc.option(fc.constantFrom(...ctx.indicators, NO_SIZE), { nil: null }),
    log: fc.subarray([...LOG_AXES]),
    fit: fc.boolean(),
    chart: fc.constantFrom(...CHART_MODES),
    story: fc.constant(null),
    step: fc.constant(null),
  })
  // A start year comes before the end year.
  .map((state) => (state.from !== null && state.year !== null && state.from >= state.year ? { ...state, from: null } : state))
  // A change map needs a start year.
  .map((state) => (state.from === null ? { ...state, change: null } : state))
  // A linked cluster brings its layer with it, so valid views list it.
  .map((state) =>
    state.region === 'cluster:chengdu-chongqing' && !state.layers.includes('city-clusters') ? { ...state, layers: [...state.layers, 'city-clusters'] } : state,
  )
  // A comparison exists only beside an open region, and is another place.
  .map((state) => (!state.region || state.compare === state.region ? { ...state, compare: null } : state));

describe('view state properties', () => {
  it('parse ∘ serialize is the identity on valid views', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const { state: back, dropped } = parse(serializeViewState(state));
        expect(dropped).toEqual([]);
        expect(back).toEqual({ ...state, map: back.map });
        expect(back.map.zoom).toBeCloseTo(state.map.zoom, 2);
        expect(back.map.lat).toBeCloseTo(state.map.lat, 4);
        expect(back.map.lng).toBeCloseTo(state.map.lng, 4);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any query string and always yields a valid view', () => {
    const anyValue = fc.oneof(fc.string(), fc.constantFrom('', '..', '5/1/2/3', '%00', 'hu-line,,', '1e9..2', '-1/-1/-1'));
    const queryArb = fc
      .array(
        fc.tuple(
          fc.constantFrom('indicator', 'year', 'region', 'compare', 'layers', 'class', 'group', 'range', 'map', 'lang', 'embed', 'fit', 'ind', 'x'),
          anyValue,
        ),
      )
      .map((pairs) => new URLSearchParams(pairs).toString());
    fc.assert(
      fc.property(fc.oneof(queryArb, fc.string()), (qs) => {
        const { state } = parse(qs);
        expect(ctx.indicators).toContain(state.indicator);
        for (const l of state.layers) expect(ctx.layers).toContain(l);
        expect(CLASSIFICATIONS).toContain(state.classification);
        expect(state.map.zoom).toBeGreaterThanOrEqual(0);
        if (state.range) expect(state.range[0]).toBeLessThanOrEqual(state.range[1]);
        // And what it yields serializes to something that parses back to the same view.
        expect(parse(serializeViewState(state)).state).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });
});
