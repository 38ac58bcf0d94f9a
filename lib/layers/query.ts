/** Query parameters every layer route accepts: ?bbox= for all layers, ?year= for temporal ones. */
import { z } from '../zod';

export type BBox = [number, number, number, number];

export interface LayerQuery {
  bbox?: BBox;
  year?: number;
}

const bboxSchema = z
  .string()
  .transform((s) => s.split(',').map((p) => p.trim()))
  .refine((parts) => parts.length === 4 && parts.every((p) => /^-?\d+(\.\d+)?$/.test(p)), {
    message: 'bbox must be four comma-separated numbers: minLng,minLat,maxLng,maxLat',
  })
  .transform((parts) => parts.map(Number) as BBox)
  .refine(([w, s, e, n]) => w >= -180 && e <= 180 && s >= -90 && n <= 90, { message: 'bbox longitudes must lie in −180…180 and latitudes in −90…90' })
  .refine(([w, s, e, n]) => w < e && s < n, { message: 'bbox must have minLng < maxLng and minLat < maxLat' });

const yearSchema = z
  .string()
  .regex(/^\d{4}$/, 'year must be a four-digit year')
  .transform(Number);

export function parseLayerQuery(
  params: URLSearchParams,
  layer: { id: string; years?: readonly [number, number] },
): { ok: true; query: LayerQuery } | { ok: false; message: string } {
  const query: LayerQuery = {};
  if (params.has('bbox')) {
    const r = bboxSchema.safeParse(params.get('bbox'));
    if (!r.success) return { ok: false, message: r.error.issues[0].message };
    query.bbox = r.data;
  }
  if (params.has('year')) {
    if (!layer.years) return { ok: false, message: `layer ${layer.id} does not change over time, so it takes no year` };
    const r = yearSchema.safeParse(params.get('year'));
    if (!r.success) return { ok: false, message: r.error.issues[0].message };
    const [from, to] = layer.years;
    if (r.data < from || r.data > to) return { ok: false, message: `year must be between ${from} and ${to} for layer ${layer.id}` };
    query.year = r.data;
  }
  return { ok: true, query };
}
