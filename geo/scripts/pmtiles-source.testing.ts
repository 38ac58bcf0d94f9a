import type { Source } from 'pmtiles';

/** An archive read from memory by the pmtiles library, range by range, as a CDN would hand it over. */
export const bufferSource = (bytes: Buffer, key: string): Source => ({
  getKey: () => key,
  getBytes: async (offset, length) => ({ data: new Uint8Array(bytes.subarray(offset, offset + length)).buffer }),
});
