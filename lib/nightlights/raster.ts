/**
 * Samples a north-up lat/lng raster (e.g. a VIIRS annual composite in EPSG:4326) on the nightlight
 * grid: each sample gets the mean of the valid pixels inside its square.
 */
export interface LatLngRaster {
  west: number;
  north: number;
  /** Degrees per pixel, both positive. */
  resX: number;
  resY: number;
  width: number;
  height: number;
  data: ArrayLike<number>;
  noData?: number | null;
}

export function sampleRaster(raster: LatLngRaster, samples: ReadonlyArray<{ lng: number; lat: number }>, sampleDeg: number): Float64Array {
  const out = new Float64Array(samples.length);
  const half = sampleDeg / 2;
  samples.forEach(({ lng, lat }, i) => {
    const x0 = Math.max(0, Math.floor((lng - half - raster.west) / raster.resX));
    const x1 = Math.min(raster.width - 1, Math.ceil((lng + half - raster.west) / raster.resX) - 1);
    const y0 = Math.max(0, Math.floor((raster.north - (lat + half)) / raster.resY));
    const y1 = Math.min(raster.height - 1, Math.ceil((raster.north - (lat - half)) / raster.resY) - 1);
    let sum = 0;
    let n = 0;
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const v = raster.data[y * raster.width + x];
        if (Number.isFinite(v) && v !== raster.noData && v >= 0) {
          sum += v;
          n++;
        }
      }
    }
    out[i] = n > 0 ? sum / n : 0;
  });
  return out;
}
