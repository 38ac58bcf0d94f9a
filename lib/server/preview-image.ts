/**
 * The link-preview image of a view (1200×630 PNG, the Open Graph size): the provinces coloured as
 * on the map, the legend, the title and the source line. Drawn on the server with our own fonts.
 */
import { createCanvas, Path2D, type SKRSContext2D } from '@napi-rs/canvas';
import type { FeatureCollection, Position } from 'geojson';
import { fontFamiliesFor, type FontWeight } from './canvas-fonts';

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

export interface PreviewContent {
  title: string;
  unit: string;
  legend: Array<{ label: string; color: string }>;
  /** A line under the legend (the change map says what its colours diverge from). */
  note?: string;
  /** One line naming the sources and the site. */
  source: string;
  provinces: FeatureCollection;
  /** Fill colour of each province by its code. */
  fills: ReadonlyMap<string, string>;
  dimmed: ReadonlySet<string>;
  selected: string | null;
}

/** Everything in `content` that decides the pixels, as one string: equal strings draw equal images. */
export function pixelIdentity(content: PreviewContent): string {
  const { provinces, fills, dimmed, ...words } = content;
  const shading = provinces.features.map((f) => {
    const code = String(f.properties?.code);
    return [code, fills.get(code) ?? '', dimmed.has(code)];
  });
  return JSON.stringify([words, shading]);
}

const INK = '#1f2a33';
const MUTED = '#5b6873';
const SEA = '#dce6ee';
const MAP_BOX = { x: 0, y: 90, width: 790, height: 500 };
// Mainland China with Hainan and the South China Sea islands' latitude, as the dashboard opens.
const EXTENT = { west: 73, east: 135.5, south: 17.5, north: 54 };

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** Web Mercator fitted into the map box, like the dashboard's map. */
function projection() {
  const [x0, x1] = [EXTENT.west, EXTENT.east];
  const [y0, y1] = [mercatorY(EXTENT.north), mercatorY(EXTENT.south)];
  const xSpan = ((x1 - x0) * Math.PI) / 180;
  const scale = Math.min(MAP_BOX.width / xSpan, MAP_BOX.height / (y0 - y1));
  const offsetX = MAP_BOX.x + (MAP_BOX.width - xSpan * scale) / 2;
  const offsetY = MAP_BOX.y + (MAP_BOX.height - (y0 - y1) * scale) / 2;
  return ([lng, lat]: Position): [number, number] => [offsetX + (((lng - x0) * Math.PI) / 180) * scale, offsetY + (y0 - mercatorY(lat)) * scale];
}

function setFont(ctx: SKRSContext2D, text: string, size: number, weight: FontWeight) {
  ctx.font = `${weight === 700 ? 'bold ' : ''}${size}px ${fontFamiliesFor(text, weight)}`;
}

function text(ctx: SKRSContext2D, value: string, x: number, y: number, size: number, weight: FontWeight, color: string, maxWidth?: number) {
  setFont(ctx, value, size, weight);
  ctx.fillStyle = color;
  ctx.fillText(value, x, y, maxWidth);
}

/** Up to `maxLines` lines of small muted text within `width`, broken at spaces (or anywhere, for Chinese). */
function wrapText(ctx: SKRSContext2D, value: string, x: number, y: number, size: number, width: number, maxLines: number) {
  setFont(ctx, value, size, 400);
  ctx.fillStyle = MUTED;
  const words = /\s/.test(value) ? value.split(/(?<=\s)/) : [...value];
  let line = '';
  let lines = 0;
  for (const word of words) {
    if (line && ctx.measureText(line + word).width > width) {
      ctx.fillText(line.trimEnd(), x, y + lines * (size + 5));
      if (++lines >= maxLines) return;
      line = '';
    }
    line += word;
  }
  if (line) ctx.fillText(line.trimEnd(), x, y + lines * (size + 5));
}

function polygonRings(geometry: FeatureCollection['features'][number]['geometry']): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

// Projecting ~18k points took ~20 ms of the event loop per image; the outlines never change, so once.
const pathsByCollection = new WeakMap<FeatureCollection, Map<string, Path2D>>();

function provincePaths(provinces: FeatureCollection): Map<string, Path2D> {
  let paths = pathsByCollection.get(provinces);
  if (paths) return paths;
  const project = projection();
  paths = new Map();
  for (const feature of provinces.features) {
    const path = new Path2D();
    for (const ring of polygonRings(feature.geometry)) {
      ring.forEach((position, i) => {
        const [x, y] = project(position);
        if (i === 0) path.moveTo(x, y);
        else path.lineTo(x, y);
      });
      path.closePath();
    }
    paths.set(String(feature.properties?.code), path);
  }
  pathsByCollection.set(provinces, paths);
  return paths;
}

/**
 * Draws on the calling thread (a few ms; the server calls it on its preview worker thread,
 * lib/server/preview-renderer.ts) and encodes the PNG on libuv's thread pool.
 */
export async function renderPreviewPng(content: PreviewContent): Promise<Buffer> {
  const { width, height } = PREVIEW_SIZE;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = SEA;
  ctx.fillRect(0, 0, width, height);

  const paths = provincePaths(content.provinces);
  for (const [code, path] of paths) {
    ctx.globalAlpha = content.dimmed.has(code) ? 0.3 : 1;
    ctx.fillStyle = content.fills.get(code) ?? SEA;
    ctx.fill(path, 'evenodd');
    ctx.globalAlpha = 1;
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 0.8;
    ctx.stroke(path);
  }
  const selected = content.selected && paths.get(content.selected);
  if (selected) {
    ctx.strokeStyle = INK;
    ctx.lineWidth = 3;
    ctx.stroke(selected);
  }

  // Title band.
  ctx.fillStyle = 'rgba(255,255,255,0.94)';
  ctx.fillRect(0, 0, width, 84);
  text(ctx, content.title, 32, 52, 34, 700, INK, width - 64);
  text(ctx, 'Hinterland', width - 32 - 150, 30, 18, 700, MUTED);

  // Legend panel.
  const panel = { x: 820, y: 110, width: 350, height: 440 };
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(panel.x, panel.y, panel.width, panel.height);
  text(ctx, content.unit, panel.x + 24, panel.y + 40, 20, 400, MUTED, panel.width - 48);
  // Rows 52 px apart, closer when many rows and a note must fit in the panel.
  const step = Math.min(52, Math.floor((panel.height - 90 - (content.note ? 70 : 0)) / Math.max(1, content.legend.length)));
  content.legend.forEach((row, i) => {
    const y = panel.y + 70 + i * step;
    ctx.fillStyle = row.color;
    ctx.fillRect(panel.x + 24, y, 40, 30);
    ctx.strokeStyle = '#b0b8bf';
    ctx.lineWidth = 1;
    ctx.strokeRect(panel.x + 24, y, 40, 30);
    text(ctx, row.label, panel.x + 78, y + 22, 20, 400, INK, panel.width - 100);
  });
  if (content.note) wrapText(ctx, content.note, panel.x + 24, panel.y + 70 + content.legend.length * step + 16, 15, panel.width - 48, 3);

  // Source line.
  ctx.fillStyle = 'rgba(255,255,255,0.94)';
  ctx.fillRect(0, height - 40, width, 40);
  text(ctx, content.source, 32, height - 14, 16, 400, MUTED, width - 64);
  return canvas.encode('png');
}
