import { geoNaturalEarth1, geoPath } from 'd3-geo';

/**
 * The world map's frame and projection, shared by the page (arcs, views) and the build, which
 * projects the countries once (worldShapes.ts): both must draw in the same coordinates.
 */

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;

export const projection = geoNaturalEarth1().fitExtent(
  [
    [4, 4],
    [MAP_WIDTH - 4, MAP_HEIGHT - 4],
  ],
  { type: 'Sphere' },
);
export const mapPath = geoPath(projection);
