'use client';

import { useCallback, useMemo, useRef, useState } from 'react';
import type { ViewState } from '@/lib/url/view-state';
import { viewContext } from '@/lib/url/context';
import { useUrlState } from './data/use-url-state';
import { DroppedParamsNotice } from './controls/DroppedParamsNotice';
import { MapView } from './map/MapView';
import { HoverCard } from './map/HoverCard';
import type { FeatureRef, HoverInfo, LayerStatus, MapController } from './map/map-controller';
import { LayerPanel } from './controls/LayerPanel';
import { IndicatorControls } from './controls/IndicatorControls';
import { ChoroplethLegend } from './controls/ChoroplethLegend';
import { FilterControls } from './controls/FilterControls';
import { ShareAndDownload } from './controls/ShareAndDownload';
import { InlineError } from './controls/InlineError';
import { dimmedProvinces } from '@/lib/choropleth/filters';
import { SelectionCard } from './panel/SelectionCard';
import { RegionPanel } from './panel/RegionPanel';
import { RegionList } from './panel/RegionList';
import { ConvergencePanel } from './panel/ConvergencePanel';
import { useCatalogue, useIndicatorYear } from './data/use-indicators';
import { fillExpression, makeBins } from '@/lib/choropleth/bins';
import { paletteFor } from '@/lib/choropleth/palette';
import { ranks } from '@/lib/choropleth/rank';
import { nearestYear } from '@/lib/choropleth/years';
import { formatWithUnit } from '@/lib/indicators/format';

/** The page's interactive part: indicator controls, the map and its layers, hover and selection. */
export function Dashboard({ initialState, droppedParams }: { initialState: ViewState; droppedParams: string[] }) {
  const controllerRef = useRef<MapController | null>(null);
  const catalogue = useCatalogue();
  const context = useMemo(() => (catalogue.data ? viewContext(catalogue.data.indicators.map((i) => i.id)) : null), [catalogue.data]);
  const { view, update } = useUrlState(initialState, context);
  const [statuses, setStatuses] = useState<Record<string, LayerStatus>>({});
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const [featureSelection, setFeatureSelection] = useState<FeatureRef | null>(null);
  const [playing, setPlaying] = useState(false);
  const [showConvergence, setShowConvergence] = useState(false);

  const { indicator: indicatorId, year: wantedYear, classification, group, range } = view;
  const visible = useMemo(() => new Set(view.layers), [view.layers]);
  const isProvince = (code: string | null) => code !== null && /^\d{6}$/.test(code);
  const selection: FeatureRef | null = view.region ? { layerId: 'provinces', featureId: view.region, properties: {} } : featureSelection;
  const setSelection = useCallback(
    (f: FeatureRef | null) => {
      if (f?.layerId === 'provinces') {
        setFeatureSelection(null);
        update({ region: String(f.featureId) }, 'push');
      } else {
        setFeatureSelection(f);
        if (view.region) update({ region: null }, 'push');
      }
    },
    [update, view.region],
  );

  const indicator = catalogue.data?.indicators.find((i) => i.id === indicatorId);
  const year = indicator ? nearestYear(indicator.years_with_data, wantedYear) : null;
  const values = useIndicatorYear(indicator ? indicatorId : null, year);

  const provinceValues = useMemo(
    () => new Map((values.data?.values ?? []).filter((v) => v.kind === 'province').map((v) => [v.code, v.value])),
    [values.data],
  );
  const bins = useMemo(
    () => (values.data ? makeBins([...provinceValues.values()], classification, paletteFor(values.data.indicator.higher_is_better)) : null),
    [provinceValues, classification, values.data],
  );
  const dimmed = useMemo(() => dimmedProvinces(provinceValues, group, range), [provinceValues, group, range]);
  const choropleth = useMemo(
    () => (values.data ? { values: provinceValues, fill: fillExpression(bins), dimmed } : null),
    [values.data, provinceValues, bins, dimmed],
  );
  const rankOf = useMemo(() => ranks(provinceValues), [provinceValues]);

  const layers = view.layers;
  const selected = useMemo(
    () =>
      isProvince(view.region)
        ? { layerId: 'provinces', featureId: view.region! }
        : featureSelection
          ? { layerId: featureSelection.layerId, featureId: featureSelection.featureId }
          : null,
    [view.region, featureSelection],
  );
  const selectProvince = useCallback((code: string) => setSelection({ layerId: 'provinces', featureId: code, properties: {} }), [setSelection]);
  const closeSelection = useCallback(() => setSelection(null), [setSelection]);
  const selectedProvince = view.region;
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
      `${d.indicator.label_en}, ${d.year}: ${formatWithUnit(v.value, d.indicator)}${v.estimate ? ' (estimate)' : ''}`,
      rank ? `Rank ${rank} of ${rankOf.size}` : 'Not ranked (no data)',
      ...(sources.length ? [`Source: ${[...new Set(sources)].join('; ')}`] : []),
    ];
  };

  return (
    <>
      <div className="side">
        <DroppedParamsNotice dropped={droppedParams} />
        <header className="masthead">
          <h1>Hinterland</h1>
          <p>
            Inland China’s economic catch-up, province by province. The map, its labels and its data are all served by
            this app: no third-party requests.
          </p>
          <button type="button" className="question" onClick={() => { setSelection(null); setShowConvergence(true); }}>
            Are gaps starting to close?
          </button>
        </header>
        {catalogue.error && <InlineError what="The indicators" error={catalogue.error} onRetry={() => catalogue.mutate()} />}
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
        {values.error && <InlineError what="The values" error={values.error} onRetry={() => values.mutate()} />}
        {values.data && <ChoroplethLegend data={values.data} bins={bins} />}
        {values.data && <ShareAndDownload data={values.data} bins={bins} controller={() => controllerRef.current} />}
        {values.data && (
          <FilterControls indicator={values.data.indicator} values={provinceValues} bins={bins} group={group} range={range} onGroup={(g) => update({ group: g }, 'push')} onRange={(r) => update({ range: r ? [r[0], r[1]] : null }, 'replace')} />
        )}
        {values.data && <RegionList data={values.data} selected={selectedProvince} onSelect={selectProvince} />}
        <LayerPanel visible={visible} statuses={statuses} onToggle={onToggle} onRetry={(id) => controllerRef.current?.retryLayer(id)} />
      </div>
      <MapView
        layers={layers}
        choropleth={choropleth}
        selected={selected}
        position={view.map}
        year={year}
        onMove={(map) => update({ map }, 'replace')}
        onHover={setHover}
        onSelect={setSelection}
        onLayerStatus={onLayerStatus}
        controllerRef={controllerRef}
      />
      {visible.has('nightlights') && (
        <p className="map-badge" role="note">
          Nightlight proxy: modeled from population and GDP per capita — not satellite data
        </p>
      )}
      {hover && <HoverCard info={hover} year={year ?? undefined} extra={hover.layerId === 'provinces' ? provinceLines(String(hover.featureId)) : []} />}
      {showConvergence && !selection && <ConvergencePanel onClose={() => setShowConvergence(false)} />}
      {selection && !selectedProvince && <SelectionCard selection={selection} year={year ?? 2024} onClose={closeSelection} />}
      {selectedProvince && indicator && year !== null && catalogue.data && (
        <RegionPanel code={selectedProvince} indicator={indicator} indicators={catalogue.data.indicators} year={year} onClose={closeSelection} />
      )}
    </>
  );
}
