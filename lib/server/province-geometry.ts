/** The province GeoJSON from the geo build, parsed once and shared by the layer and download routes. */
import type { FeatureCollection } from 'geojson';
import { once } from '../cache/memo';
import { readBuildFile } from './build-files';

export const provinceCollection = once((): FeatureCollection & { metadata?: unknown } => JSON.parse(readBuildFile('provinces.geojson').toString('utf8')));
