/** The view a reader gets with no deep link: all of mainland China, Hu Line and all. */
export interface MapView {
  lng: number;
  lat: number;
  zoom: number;
}

export const DEFAULT_VIEW: MapView = { lng: 104.5, lat: 36, zoom: 3.4 };
