/** The view a reader gets with no deep link: all of mainland China, Hu Line and all. */
export interface MapView {
  lng: number;
  lat: number;
  zoom: number;
}

/**
 * What the URL keeps for "no map= given" (so such links stay short). The map itself does not go
 * there: it fits CHINA_BOUNDS into whatever part of the screen the page leaves it, at any size.
 */
export const DEFAULT_VIEW: MapView = { lng: 104.5, lat: 36, zoom: 3.4 };

/** West, south, east, north in degrees. */
export type Bounds = [west: number, south: number, east: number, north: number];

/** The 31 provinces (the Paracels with Hainan), from their geometry: lib/map/province-bounds.test.ts checks it. */
export const CHINA_BOUNDS: Bounds = [73.6, 15.7, 134.8, 53.6];

export const isDefaultView = (p: MapView & { bearing?: number; pitch?: number }) =>
  p.lng === DEFAULT_VIEW.lng && p.lat === DEFAULT_VIEW.lat && p.zoom === DEFAULT_VIEW.zoom && !p.bearing && !p.pitch;
