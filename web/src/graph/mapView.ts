/**
 * The Map view's zoom and centre, as the URL keeps them. Apart from graph/geo so that the URL
 * state does not pull the world atlas into the first page load.
 */
export interface MapView {
  zoom: number;
  lon: number;
  lat: number;
}

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 32;
export const WORLD_VIEW: MapView = { zoom: 1, lon: 0, lat: 0 };
