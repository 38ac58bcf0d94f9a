'use client';

import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { SWRConfig } from 'swr';
import type { ViewState } from '@/lib/url/view-state';
import { viewContext } from '@/lib/url/context';
import { useUrlState } from './data/use-url-state';
import { DroppedParamsNotice } from './controls/DroppedParamsNotice';
import { MapView } from './map/MapView';
import { HoverCard } from './map/HoverCard';
import type { HoverInfo, LayerStatus, MapController } from './map/map-controller';
import { LayerPanel } from './controls/LayerPanel';
import { IndicatorControls } from './controls/IndicatorControls';
import { ChoroplethLegend } from './controls/ChoroplethLegend';
import { FilterControls } from './controls/FilterControls';
import { ShareAndDownload } from './controls/ShareAndDownload';
import { InlineError } from './controls/InlineError';
import { loadRegionPanel, loadSelectionCard } from './panel/load-panels';
import dynamic from 'next/dynamic';
import { RegionList } from './panel/RegionList';
import { useCatalogue, useIndicatorYear } from './data/use-indicators';
import { usePrefetchWhenIdle } from './data/when-idle';
import type { IndicatorYear } from '@/lib/indicators/api-types';
import { ranks } from '@/lib/choropleth/rank';
import { viewChoropleth } from '@/lib/choropleth/view-choropleth';
import { changeStartYear, changeWords, formatChange, type ChangeInput } from '@/lib/choropleth/change-map';
import { ChangeControls } from './controls/ChangeControls';
import { CHINA_CODE } from '@/lib/regions/provinces';
import { nearestYear } from '@/lib/choropleth/years';
import { localizer } from '@/lib/i18n/localize';
import type { Lang } from '@/lib/i18n/messages';
import { serializeViewState } from '@/lib/url/view-state';
import { I18nProvider } from './i18n/use-i18n';
import { EmbedHeader } from './controls/EmbedHeader';
import { useSelection } from './data/use-selection';
import { ViewTabs } from './views/ViewTabs';
import { ViewStage } from './views/ViewStage';
import { ViewLinksContext, citationAnchor, type ViewLinks } from './views/view-links';
import { scatterAxes, scatterYear, startYear } from '@/lib/views/view-defaults';
import { viewTitle } from '@/lib/views/view-title';
import { describeMap } from '@/lib/views/describe-view';
import { timelineYears } from '@/lib/layers/timeline';
import { featureName } from '@/lib/layers/feature-name';
import { LAYERS } from '@/lib/layers/registry';
import { yearInSpan } from '@/lib/layers/layer-year';
import { StoryPanel } from './story/StoryPanel';
import { keepEarlyInput } from './views/use-early-input';
import { PlaceSearch } from './views/PlaceSearch';
import type { PlaceEntry } from '@/lib/views/place-search';
import { StoryButton } from './story/StoryButton';
import { storyTitleOf } from './story/story-title';

/** What the map's search opens: a province's or a group's panel (China has no panel of its own). */
const FINDABLE: readonly PlaceEntry['kind'][] = ['province', 'group'];

// Shown once a province or feature is chosen: their code loads then, not before the first map.
const SelectionCard = dynamic(() => loadSelectionCard().then((m) => m.SelectionCard));
const RegionPanel = dynamic(() => loadRegionPanel().then((m) => m.RegionPanel));
const RegionChartsWarmUp = dynamic(() => loadRegionPanel().then((m) => m.RegionChartsWarmUp));

/** The page's interactive part: indicator controls, the map and its layers, hover and selection. */
interface DashboardProps {
  initialState: ViewState;
  featureLinks: string[];
  /** Responses the server already has, by the URL the client would fetch them from. */
  initialData: Record<string, unknown>;
}

export function Dashboard({ initialData, ...props }: DashboardProps) {
  const fallback = useMemo(() => ({ fallback: initialData }), [initialData]);
  return (
    <SWRConfig value={fallback}>
      <DashboardView {...props} />
    </SWRConfig>
  );
}

function DashboardView({ initialState, featureLinks }: Omit<DashboardProps, 'initialData'>) {
  const controllerRef = useRef<MapController | null>(null);
  const catalogue = useCatalogue();
  const context = useMemo(
    () =>
      catalogue.data
        ? viewContext(
            catalogue.data.indicators.map((i) => i.id),
            featureLinks,
            (id) => catalogue.data!.indicators.find((i) => i.id === id)?.years_with_data ?? [],
          )
        : null,
    [catalogue.data, featureLinks],
  );
  const { view, update, corrections } = useUrlState(initialState, context);
  // A province's charts and the other views are a click away: their code arrives while the reader
  // looks, and the charts are then drawn once, hidden, so that the first click does not pay their first draw.
  const [warmCharts, setWarmCharts] = useState(false);
  usePrefetchWhenIdle(useCallback(() => startTransition(() => setWarmCharts(true)), []));
  const endWarmUp = useCallback(() => setWarmCharts(false), []);
  const [statuses, setStatuses] = useState<Record<string, LayerStatus>>({});
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const [playing, setPlaying] = useState(false);
  // On a phone the controls fold into a bar (masthead and legend); this opens them.
  const [controlsOpen, setControlsOpen] = useState(false);

  const { indicator: indicatorId, year: wantedYear, classification, group, range, change: changeKind } = view;
  const l10n = useMemo(() => localizer(view.lang), [view.lang]);
  const { t } = l10n;
  useEffect(() => {
    document.documentElement.lang = view.lang === 'zh' ? 'zh-Hans' : 'en';
  }, [view.lang]);
  // Controls answer input from here on (a server-drawn view's controls do not before): tests wait for it,
  // and a kept page's loader clicks again what the reader clicked before (lib/edge/start-after-paint.ts).
  useEffect(() => {
    keepEarlyInput();
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  const visible = useMemo(() => new Set(view.layers), [view.layers]);
  const {
    selection,
    select: setSelection,
    highlighted: selected,
    region: selectedProvince,
    linkedFeatureError,
    retryLinkedFeature,
  } = useSelection(view.region, wantedYear, update);
  // The tab's title follows the view, in the words the server gave the first render.
  const pageTitle = useMemo(() => {
    const indicators = catalogue.data?.indicators;
    const shown = indicators?.find((i) => i.id === view.indicator);
    if (!indicators || !shown) return null;
    if (view.story) return storyTitleOf(view);
    const axes = scatterAxes(view);
    const [x, y] = [indicators.find((i) => i.id === axes.x), indicators.find((i) => i.id === axes.y)];
    const place = view.region ? (catalogue.data!.regions.find((r) => r.code === view.region) ?? featureName(selection?.properties)) : undefined;
    // The change map's title names its range (the start year moved to one with data, as the map does).
    const changeStart = view.change ? changeStartYear(shown.years_with_data, view.from, nearestYear(shown.years_with_data, view.year)) : null;
    return viewTitle(l10n, {
      view: view.view,
      indicator: shown,
      year: view.view === 'scatter' && x && y ? scatterYear(view.year, x.years_with_data, y.years_with_data) : nearestYear(shown.years_with_data, view.year),
      from: changeStart ?? startYear(view, shown.years_with_data),
      regionName: place ? l10n.name(place) : null,
      scatter: x && y ? { x, y } : null,
      change: changeStart !== null,
    });
  }, [catalogue.data, view, l10n, selection]);
  useEffect(() => {
    if (pageTitle) document.title = `${pageTitle} · Hinterland`;
  }, [pageTitle]);

  const indicator = catalogue.data?.indicators.find((i) => i.id === indicatorId);
  // The timeline reaches the years of temporal layers that are on; the colours show the indicator's nearest year.
  const timeline = useMemo(() => (indicator ? timelineYears(indicator.years_with_data, view.layers) : []), [indicator, view.layers]);
  const timelineYear = nearestYear(timeline, wantedYear);
  const year = indicator ? nearestYear(indicator.years_with_data, timelineYear) : null;
  // A layer drawn over the provinces: its colours are the map's now, so the legend leads with them.
  const covering = useMemo(() => {
    const layer = LAYERS.find((l) => l.coversMap && visible.has(l.id));
    return layer ? { layer, year: layer.years ? yearInSpan(layer.years, timelineYear) : (timelineYear ?? 0) } : null;
  }, [visible, timelineYear]);
  const values = useIndicatorYear(indicator ? indicatorId : null, year);
  // The change map (with `from`): each province's change since a start year with data, before `year`.
  const wantedFrom = view.from;
  const changeFrom = useMemo(
    () => (changeKind && indicator ? changeStartYear(indicator.years_with_data, wantedFrom, year) : null),
    [changeKind, indicator, wantedFrom, year],
  );
  const startValues = useIndicatorYear(changeFrom !== null ? indicatorId : null, changeFrom);

  const provinceValues = useMemo(() => new Map((values.data?.values ?? []).filter((v) => v.kind === 'province').map((v) => [v.code, v.value])), [values.data]);
  // The map, the legend, the filters' histogram and the PNG export all draw this one computation.
  const choropleth = useMemo(() => {
    const data = values.data;
    if (!data) return null;
    const start = startValues.data;
    const change: ChangeInput | null =
      changeKind && start && changeFrom !== null && start.year === changeFrom && start.indicator.id === data.indicator.id
        ? {
            kind: changeKind,
            from: changeFrom,
            to: data.year,
            start: new Map(start.values.filter((v) => v.kind === 'province').map((v) => [v.code, v.value])),
            national: {
              from: start.values.find((v) => v.code === CHINA_CODE)?.value ?? null,
              to: data.values.find((v) => v.code === CHINA_CODE)?.value ?? null,
            },
          }
        : null;
    const legend = {
      format: change ? (v: number) => formatChange(v, change.kind, data.indicator, l10n.lang) : (v: number) => l10n.value(v, data.indicator),
      noDataLabel: l10n.t('legend.noData'),
    };
    return viewChoropleth({ values: provinceValues, indicator: data.indicator, classification, filters: { group, range }, legend, change });
  }, [values.data, startValues.data, changeKind, changeFrom, provinceValues, classification, group, range, l10n]);
  // The change map draws from two years' values: a province counts as estimated when either is.
  const startEstimates = new Set((startValues.data?.values ?? []).filter((v) => v.kind === 'province' && v.estimate).map((v) => v.code));
  const changeLegend =
    choropleth?.change && values.data
      ? {
          ...changeWords(l10n, values.data.indicator, choropleth.change),
          ...choropleth.change,
          estimated: values.data.values.filter((v) => v.kind === 'province' && (v.estimate || startEstimates.has(v.code))).length,
        }
      : null;
  const rankOf = useMemo(() => ranks(provinceValues), [provinceValues]);
  const mapDescription = useMemo(() => {
    const d = values.data;
    if (!d) return '';
    const shown = d.values.filter((v) => v.kind === 'province' && v.value !== null).map((v) => ({ place: v, value: v.value! }));
    const open = selectedProvince ? d.values.find((v) => v.code === selectedProvince && v.kind === 'province') : undefined;
    return describeMap(l10n, d.indicator, d.year, shown, open ? { place: open, rank: rankOf.get(open.code) ?? null, of: rankOf.size } : null);
  }, [values.data, selectedProvince, rankOf, l10n]);

  const layers = view.layers;
  const selectProvince = useCallback(
    (code: string) => {
      setControlsOpen(false);
      setSelection({ layerId: 'provinces', featureId: code, properties: {} });
    },
    [setSelection],
  );
  const closeSelection = useCallback(() => setSelection(null), [setSelection]);
  const onCompare = useCallback((compare: string | null) => update({ compare }, 'push'), [update]);
  const onToggle = useCallback(
    (id: string, on: boolean) => {
      const next = on ? [...view.layers.filter((l) => l !== id), id] : view.layers.filter((l) => l !== id);
      // A year only a layer reached goes back to the nearest year the timeline still has.
      const years = indicator ? timelineYears(indicator.years_with_data, next) : [];
      const keepYear = view.year === null || years.length === 0 || years.includes(view.year);
      update(keepYear ? { layers: next } : { layers: next, year: nearestYear(years, view.year) }, 'push');
    },
    [update, view.layers, view.year, indicator],
  );
  const onLayerStatus = useCallback((id: string, s: LayerStatus) => setStatuses((all) => ({ ...all, [id]: s })), []);
  const hrefOf = useCallback((patch: Partial<ViewState>) => `/?${serializeViewState({ ...view, ...patch })}`, [view]);
  const links = useMemo<ViewLinks>(
    () => ({
      sourcesHref: (id, citation) => `${hrefOf({ view: 'sources', indicator: id })}${citation ? `#${citationAnchor(id, citation)}` : ''}`,
      openSources: (id, citation) => {
        update({ view: 'sources', indicator: id }, 'push');
        if (citation) scrollToWhenShown(citationAnchor(id, citation));
      },
      selectPlace: (code) => {
        if (context?.isRegion(code)) selectProvince(code);
      },
    }),
    [hrefOf, update, context, selectProvince],
  );

  const changeLine = (code: string, change: NonNullable<NonNullable<typeof choropleth>['change']>, shown: IndicatorYear['indicator']) => {
    const c = choropleth?.values.get(code) ?? null;
    const value = c === null ? t('common.noData') : formatChange(c, change.kind, shown, l10n.lang);
    return t('change.hover', { from: change.from, to: change.to, value });
  };
  const provinceLines = (code: string): string[] => {
    const d = values.data;
    const v = d?.values.find((x) => x.code === code);
    if (!d || !v) return [];
    const rank = rankOf.get(code);
    const sources = v.sources.map((s) => d.sources[s]?.publisher).filter(Boolean);
    return [
      t('hover.value', { indicator: l10n.label(d.indicator), year: d.year, value: l10n.withUnit(v.value, d.indicator) }) +
        (v.estimate ? ` (${t('common.estimate')})` : ''),
      ...(choropleth?.change ? [changeLine(code, choropleth.change, d.indicator)] : []),
      rank ? t('hover.rank', { rank, of: rankOf.size }) : t('hover.notRanked'),
      ...(sources.length ? [t('common.source', { sources: [...new Set(sources)].join('; ') })] : []),
    ];
  };

  const mapView = (
    <MapView
      layers={layers}
      choropleth={choropleth}
      selected={selected}
      position={view.map}
      year={timelineYear}
      lang={view.lang}
      onMove={(map) => update({ map }, 'replace')}
      onHover={setHover}
      onSelect={setSelection}
      onLayerStatus={onLayerStatus}
      controllerRef={controllerRef}
    />
  );
  const storyPanel = view.story && catalogue.data && (
    <StoryPanel view={view} context={context} update={update} controllerRef={controllerRef} sourcesHref={links.sourcesHref} />
  );
  const hoverCard = hover && (
    <HoverCard info={hover} year={year ?? undefined} extra={hover.layerId === 'provinces' ? provinceLines(String(hover.featureId)) : []} />
  );

  if (view.embed) {
    return (
      <I18nProvider lang={view.lang}>
        <div className="embed-panel" data-covers-map>
          <EmbedHeader fullViewHref={`/?${serializeViewState({ ...view, embed: false })}`} />
          {values.error && <InlineError what={t('what.values')} error={values.error} onRetry={() => values.mutate()} />}
          {values.data && choropleth && <ChoroplethLegend data={values.data} rows={choropleth.legend} change={changeLegend} covering={covering} />}
        </div>
        {mapView}
        {storyPanel}
        {hoverCard}
      </I18nProvider>
    );
  }

  const otherLang: Lang = view.lang === 'zh' ? 'en' : 'zh';
  const onMap = view.view === 'map';
  return (
    <I18nProvider lang={view.lang}>
      <ViewLinksContext.Provider value={links}>
        <div className={controlsOpen ? 'side open' : 'side'} data-covers-map>
          {corrections && <DroppedParamsNotice dropped={corrections.dropped} adjusted={corrections.adjusted} />}
          <header className="masthead">
            <h1>Hinterland</h1>
            <button type="button" className="controls-toggle" aria-expanded={controlsOpen} onClick={() => setControlsOpen((o) => !o)}>
              {t('app.controls')}
            </button>
            <button
              type="button"
              className="lang-switch"
              lang={otherLang === 'zh' ? 'zh-Hans' : 'en'}
              title={t('app.switchLanguageLabel')}
              onClick={() => update({ lang: otherLang }, 'push')}
            >
              {t('app.switchLanguage')}
            </button>
            <p>{t('app.tagline')}</p>
            <button
              type="button"
              className="question"
              aria-current={view.view === 'gaps' ? 'page' : undefined}
              onClick={() => update({ view: 'gaps' }, 'push')}
            >
              {t('app.question')}
            </button>
            <StoryButton view={view} context={context} update={update} />
          </header>
          <ViewTabs view={view.view} hrefOf={(v) => hrefOf({ view: v })} onView={(v) => update({ view: v }, 'push')} />
          {catalogue.error && <InlineError what={t('what.indicators')} error={catalogue.error} onRetry={() => catalogue.mutate()} />}
          {catalogue.data && (
            <IndicatorControls
              indicators={catalogue.data.indicators}
              indicatorId={indicatorId}
              years={timeline}
              year={timelineYear}
              classification={classification}
              playing={playing}
              onIndicator={(id) => {
                setPlaying(false);
                // A range in one indicator's units means nothing in another's.
                update({ indicator: id, range: null }, 'push');
              }}
              onYear={(y) => update({ year: y }, 'replace')}
              onClassification={(c) => update({ classification: c }, 'push')}
              onPlaying={setPlaying}
            />
          )}
          {values.error && <InlineError what={t('what.values')} error={values.error} onRetry={() => values.mutate()} />}
          {onMap && indicator && year !== null && (
            <ChangeControls
              years={indicator.years_with_data.filter((y) => y < year)}
              from={changeFrom ?? view.from}
              change={view.change}
              onChange={({ change, from }) => update({ change, ...(from !== undefined ? { from } : {}) }, 'push')}
            />
          )}
          {onMap && values.data && choropleth && <ChoroplethLegend data={values.data} rows={choropleth.legend} change={changeLegend} covering={covering} />}
          {onMap && year !== null && timelineYear !== null && timelineYear !== year && (
            <p className="hint map-year-note">{t('legend.colorsOfYear', { year, shown: timelineYear })}</p>
          )}
          {onMap && mapDescription && <p className="view-description map-description">{mapDescription}</p>}
          {values.data && choropleth && <ShareAndDownload data={values.data} legend={choropleth.legend} controller={() => controllerRef.current} />}
          {onMap && values.data && choropleth && !choropleth.change && (
            <FilterControls
              indicator={values.data.indicator}
              values={provinceValues}
              bins={choropleth.bins}
              group={group}
              range={range}
              onGroup={(g) => update({ group: g }, 'push')}
              onRange={(r) => update({ range: r ? [r[0], r[1]] : null }, 'replace')}
            />
          )}
          {onMap && (
            <div className="find-place">
              <PlaceSearch label={t('find.label')} kinds={FINDABLE} onPick={(p) => selectProvince(p.code)} />
            </div>
          )}
          {onMap && values.data && <RegionList data={values.data} selected={selectedProvince} onSelect={selectProvince} />}
          {onMap && <LayerPanel visible={visible} statuses={statuses} onToggle={onToggle} onRetry={(id) => controllerRef.current?.retryLayer(id)} />}
        </div>
        {mapView}
        {!onMap && indicator && year !== null && catalogue.data && (
          <ViewStage
            view={view.view as Exclude<ViewState['view'], 'map'>}
            catalogue={catalogue.data}
            indicator={indicator}
            state={view}
            year={year}
            update={update}
            selected={selectedProvince}
          />
        )}
        {visible.has('nightlights') && (
          <p className="map-badge" role="note">
            {t('app.nightlightBadge')}
          </p>
        )}
        {storyPanel}
        {hoverCard}
        {warmCharts && catalogue.data && <RegionChartsWarmUp indicators={catalogue.data.indicators} onDone={endWarmUp} />}
        {linkedFeatureError && <InlineError what={t('what.linkedFeature')} error={linkedFeatureError} onRetry={retryLinkedFeature} />}
        {/* Details are for the timeline's year, a year with data (the page arrives with the catalogue, so there is one from the first render). */}
        {selection && !selectedProvince && !view.story && year !== null && (
          <SelectionCard selection={selection} year={timelineYear ?? year} onClose={closeSelection} />
        )}
        {selectedProvince && !view.story && indicator && year !== null && catalogue.data && (
          <RegionPanel
            code={selectedProvince}
            indicator={indicator}
            indicators={catalogue.data.indicators}
            year={year}
            onClose={closeSelection}
            compare={view.compare}
            onCompare={onCompare}
            regions={catalogue.data.regions}
          />
        )}
      </ViewLinksContext.Provider>
    </I18nProvider>
  );
}

/** Scrolls to an element once it exists (a view that is still loading renders it a moment later). */
function scrollToWhenShown(id: string, tries = 40) {
  const el = document.getElementById(id);
  if (el) {
    el.scrollIntoView({ block: 'center' });
    el.classList.add('flash');
  } else if (tries > 0) setTimeout(() => scrollToWhenShown(id, tries - 1), 100);
}
