'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
import { SelectionCard } from './panel/SelectionCard';
import { RegionPanel } from './panel/RegionPanel';
import { RegionList } from './panel/RegionList';
import { ConvergencePanel } from './panel/ConvergencePanel';
import { useCatalogue, useIndicatorYear } from './data/use-indicators';
import { ranks } from '@/lib/choropleth/rank';
import { viewChoropleth } from '@/lib/choropleth/view-choropleth';
import { nearestYear } from '@/lib/choropleth/years';
import { localizer } from '@/lib/i18n/localize';
import type { Lang } from '@/lib/i18n/messages';
import { serializeViewState } from '@/lib/url/view-state';
import { I18nProvider } from './i18n/use-i18n';
import { EmbedHeader } from './controls/EmbedHeader';
import { useSelection } from './data/use-selection';

/** The page's interactive part: indicator controls, the map and its layers, hover and selection. */
interface DashboardProps {
  initialState: ViewState;
  droppedParams: string[];
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

function DashboardView({ initialState, droppedParams, featureLinks }: Omit<DashboardProps, 'initialData'>) {
  const controllerRef = useRef<MapController | null>(null);
  const catalogue = useCatalogue();
  const context = useMemo(
    () =>
      catalogue.data
        ? viewContext(
            catalogue.data.indicators.map((i) => i.id),
            featureLinks,
          )
        : null,
    [catalogue.data, featureLinks],
  );
  const { view, update } = useUrlState(initialState, context);
  const [statuses, setStatuses] = useState<Record<string, LayerStatus>>({});
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const [playing, setPlaying] = useState(false);
  const [showConvergence, setShowConvergence] = useState(false);
  // On a phone the controls fold into a bar (masthead and legend); this opens them.
  const [controlsOpen, setControlsOpen] = useState(false);

  const { indicator: indicatorId, year: wantedYear, classification, group, range } = view;
  const l10n = useMemo(() => localizer(view.lang), [view.lang]);
  const { t } = l10n;
  useEffect(() => {
    document.documentElement.lang = view.lang === 'zh' ? 'zh-Hans' : 'en';
  }, [view.lang]);
  const visible = useMemo(() => new Set(view.layers), [view.layers]);
  const {
    selection,
    select: setSelection,
    highlighted: selected,
    region: selectedProvince,
    linkedFeatureError,
    retryLinkedFeature,
  } = useSelection(view.region, update);

  const indicator = catalogue.data?.indicators.find((i) => i.id === indicatorId);
  const year = indicator ? nearestYear(indicator.years_with_data, wantedYear) : null;
  const values = useIndicatorYear(indicator ? indicatorId : null, year);

  const provinceValues = useMemo(() => new Map((values.data?.values ?? []).filter((v) => v.kind === 'province').map((v) => [v.code, v.value])), [values.data]);
  // The map, the legend, the filters' histogram and the PNG export all draw this one computation.
  const choropleth = useMemo(() => {
    const data = values.data;
    if (!data) return null;
    const legend = { format: (v: number) => l10n.value(v, data.indicator), noDataLabel: l10n.t('legend.noData') };
    return viewChoropleth({ values: provinceValues, indicator: data.indicator, classification, filters: { group, range }, legend });
  }, [values.data, provinceValues, classification, group, range, l10n]);
  const rankOf = useMemo(() => ranks(provinceValues), [provinceValues]);

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
    (id: string, on: boolean) => update({ layers: on ? [...view.layers.filter((l) => l !== id), id] : view.layers.filter((l) => l !== id) }, 'push'),
    [update, view.layers],
  );
  const onLayerStatus = useCallback((id: string, s: LayerStatus) => setStatuses((all) => ({ ...all, [id]: s })), []);

  const provinceLines = (code: string): string[] => {
    const d = values.data;
    const v = d?.values.find((x) => x.code === code);
    if (!d || !v) return [];
    const rank = rankOf.get(code);
    const sources = v.sources.map((s) => d.sources[s]?.publisher).filter(Boolean);
    return [
      t('hover.value', { indicator: l10n.label(d.indicator), year: d.year, value: l10n.withUnit(v.value, d.indicator) }) +
        (v.estimate ? ` (${t('common.estimate')})` : ''),
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
      year={year}
      lang={view.lang}
      onMove={(map) => update({ map }, 'replace')}
      onHover={setHover}
      onSelect={setSelection}
      onLayerStatus={onLayerStatus}
      controllerRef={controllerRef}
    />
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
          {values.data && choropleth && <ChoroplethLegend data={values.data} rows={choropleth.legend} />}
        </div>
        {mapView}
        {hoverCard}
      </I18nProvider>
    );
  }

  const otherLang: Lang = view.lang === 'zh' ? 'en' : 'zh';
  return (
    <I18nProvider lang={view.lang}>
      <div className={controlsOpen ? 'side open' : 'side'} data-covers-map>
        <DroppedParamsNotice dropped={droppedParams} />
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
            onClick={() => {
              setSelection(null);
              setShowConvergence(true);
            }}
          >
            {t('app.question')}
          </button>
        </header>
        {catalogue.error && <InlineError what={t('what.indicators')} error={catalogue.error} onRetry={() => catalogue.mutate()} />}
        {catalogue.data && (
          <IndicatorControls
            indicators={catalogue.data.indicators}
            indicatorId={indicatorId}
            year={year}
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
        {values.data && choropleth && <ChoroplethLegend data={values.data} rows={choropleth.legend} />}
        {values.data && choropleth && <ShareAndDownload data={values.data} legend={choropleth.legend} controller={() => controllerRef.current} />}
        {values.data && choropleth && (
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
        {values.data && <RegionList data={values.data} selected={selectedProvince} onSelect={selectProvince} />}
        <LayerPanel visible={visible} statuses={statuses} onToggle={onToggle} onRetry={(id) => controllerRef.current?.retryLayer(id)} />
      </div>
      {mapView}
      {visible.has('nightlights') && (
        <p className="map-badge" role="note">
          {t('app.nightlightBadge')}
        </p>
      )}
      {hoverCard}
      {showConvergence && !selection && <ConvergencePanel onClose={() => setShowConvergence(false)} />}
      {linkedFeatureError && <InlineError what={t('what.linkedFeature')} error={linkedFeatureError} onRetry={retryLinkedFeature} />}
      {/* Details are for the timeline's year, a year with data (the page arrives with the catalogue, so there is one from the first render). */}
      {selection && !selectedProvince && year !== null && <SelectionCard selection={selection} year={year} onClose={closeSelection} />}
      {selectedProvince && indicator && year !== null && catalogue.data && (
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
    </I18nProvider>
  );
}
