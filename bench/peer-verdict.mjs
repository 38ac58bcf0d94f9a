/**
 * Pure parts of the side-by-side bench (bench/peers.mjs): reading a sampled pixel, the ratios to the
 * peers, and the targets as ratios measured in the same run (reported, never asserted).
 */
import { median } from './stats.mjs';

/** '#2c7fb8' → [44, 127, 184]. */
export const rgbOf = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** Whether a sampled colour is the expected one, each channel within `tolerance` (screenshots of canvases are exact; scaling blurs edges). */
export const colourMatches = (rgb, hex, tolerance = 6) => rgbOf(hex).every((v, i) => Math.abs(v - rgb[i]) <= tolerance);

/** The per-channel median of an RGBA pixel buffer: a thin border or a stray label pixel in the block does not count. */
export function medianColour(data) {
  const channel = (c) => {
    const v = [];
    for (let i = c; i < data.length; i += 4) v.push(data[i]);
    return median(v);
  };
  return [channel(0), channel(1), channel(2)];
}

/** a ÷ b to two decimals; null when either is missing. */
export const ratio = (a, b) => (a == null || b == null || b === 0 ? null : Math.round((a / b) * 100) / 100);

/** Medians of each numeric field over runs (a field missing in every run stays null). */
export function medians(samples, fields) {
  return Object.fromEntries(
    fields.map((f) => {
      const xs = samples.map((s) => s[f]).filter((v) => typeof v === 'number');
      return [f, xs.length ? median(xs) : null];
    }),
  );
}

/** The targets of issue 15, as ratios to the peers measured in the same run. */
export const PEER_TARGETS = [
  { id: 'first_choropleth_vs_leaflet', goal: 0.6, of: (r) => ratio(r.app.first_choropleth_ms, r.leaflet.first_choropleth_ms) },
  { id: 'first_choropleth_vs_blank_first_paint', goal: 1.5, of: (r) => ratio(r.app.first_choropleth_ms, r.blank.first_paint_ms) },
  { id: 'interactive_vs_echarts_first_choropleth', goal: 1, of: (r) => ratio(r.app.interactive_ms, r.echarts.first_choropleth_ms) },
  { id: 'indicator_switch_ms', goal: 100, of: (r) => r.app.indicator_switch_ms },
  { id: 'cls', goal: 0.02, of: (r) => r.app.cls },
];

/** Each target with its value and whether it was met (at most the goal); a value that could not be measured is not met. */
export const peerVerdicts = (results) =>
  PEER_TARGETS.map(({ id, goal, of }) => {
    const value = of(results);
    return { target: id, value, goal, met: value !== null && value !== undefined && value <= goal };
  });

/** The app's figures over each peer's, for the printed table. */
export function peerRatios(results) {
  const fields = ['first_choropleth_ms', 'indicator_switch_ms', 'year_scrub_ms', 'js_kb', 'lcp_ms'];
  return Object.fromEntries(['echarts', 'leaflet'].map((peer) => [peer, Object.fromEntries(fields.map((f) => [f, ratio(results.app[f], results[peer][f])]))]));
}
