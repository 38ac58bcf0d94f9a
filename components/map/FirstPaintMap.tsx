/**
 * The view's choropleth drawn by the server into the page's HTML, framed as the map's first camera,
 * so the first paint already shows the map. A server component: it adds no JavaScript. MapView hides
 * it once MapLibre has drawn the same view (html[data-map-shown]); without WebGL or JavaScript it stays.
 */
import type { FirstMap } from '@/lib/map/first-map-schema';
import { BASEMAP_COLORS } from '@/lib/map/basemap-style';
import { HU_LINE_PAINT } from '@/lib/layers/definitions/hu-line';
import { SELECTED_OUTLINE } from '@/lib/layers/definitions/provinces';
import './first-map.css';

/** The basemap's province borders at the first view's zoom (about 3.5). */
const BORDER_WIDTH = 0.6;

function Shapes({ map }: { map: FirstMap }) {
  return (
    <>
      <path d={map.land} fill={BASEMAP_COLORS.land} data-land="" />
      <g stroke={BASEMAP_COLORS.provinceBorder} strokeWidth={BORDER_WIDTH} strokeLinejoin="round" vectorEffect="non-scaling-stroke">
        {map.provinces.map((p) => (
          <path key={p.code} d={p.d} fill={p.fill} fillOpacity={p.opacity} vectorEffect="non-scaling-stroke" role="img" aria-label={p.title} data-code={p.code}>
            <title>{p.title}</title>
          </path>
        ))}
      </g>
      {map.huLine && (
        <g fill="none" strokeLinecap="round" data-layer="hu-line">
          <path
            d={map.huLine}
            stroke={HU_LINE_PAINT.casing}
            strokeWidth={HU_LINE_PAINT.casingWidth}
            strokeOpacity={HU_LINE_PAINT.casingOpacity}
            vectorEffect="non-scaling-stroke"
          />
          <path
            d={map.huLine}
            stroke={HU_LINE_PAINT.color}
            strokeWidth={HU_LINE_PAINT.width}
            strokeDasharray={HU_LINE_PAINT.dash.map((d) => d * HU_LINE_PAINT.width).join(' ')}
            vectorEffect="non-scaling-stroke"
          />
        </g>
      )}
      {map.selected && (
        <path
          d={map.selected}
          fill="none"
          stroke={SELECTED_OUTLINE.color}
          strokeWidth={SELECTED_OUTLINE.width}
          strokeLinejoin="round"
          vectorEffect="non-scaling-stroke"
          data-selected=""
        />
      )}
    </>
  );
}

export function FirstPaintMap({ map }: { map: FirstMap }) {
  const { frame } = map;
  return (
    <div className="first-map" data-first-map="">
      <div className={`first-map-box ${frame.kind}`}>
        {frame.kind === 'fit' ? (
          <svg viewBox={frame.viewBox} preserveAspectRatio="xMidYMid meet" width="100%" height="100%" role="group" aria-label={map.label}>
            <Shapes map={map} />
          </svg>
        ) : (
          <svg width="100%" height="100%" role="group" aria-label={map.label}>
            {/* The origin at the map's centre, where MapLibre puts the link's centre. */}
            <svg x="50%" y="50%" overflow="visible">
              <g transform={frame.transform}>
                <Shapes map={map} />
              </g>
            </svg>
          </svg>
        )}
      </div>
      <noscript>
        <p className="first-map-note">{map.noScript}</p>
      </noscript>
    </div>
  );
}
