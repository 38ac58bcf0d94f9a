/** Validation of z/x/y tile coordinates from a URL. */
import { z } from '../zod';

const integer = (name: string) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `${name} must be a non-negative integer`)
    .transform(Number);

export function parseTileCoordinates(
  raw: { z: string; x: string; y: string },
  zoom: { min: number; max: number },
): { ok: true; z: number; x: number; y: number } | { ok: false; message: string } {
  const parsed = z.object({ z: integer('z'), x: integer('x'), y: integer('y') }).safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => i.message).join('; ') };
  const { z: zz, x, y } = parsed.data;
  if (zz < zoom.min || zz > zoom.max) return { ok: false, message: `z must be between ${zoom.min} and ${zoom.max}` };
  const last = 2 ** zz - 1;
  if (x > last || y > last) return { ok: false, message: `x and y must be between 0 and ${last} at zoom ${zz}` };
  return { ok: true, z: zz, x, y };
}
