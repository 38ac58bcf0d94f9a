/**
 * Every API route with parameters, callable directly with raw segment values (as Next hands them
 * over: already percent-decoded) and query values. Shared by the fuzz and path-traversal tests so
 * that a new route is added to both by adding it here.
 */
import { GET as convergence } from '@/app/api/convergence/route';
import { GET as preview } from '@/app/api/preview/route';
import { GET as glyphs } from '@/app/api/glyphs/[fontstack]/[range]/route';
import { GET as indicator } from '@/app/api/indicators/[id]/route';
import { GET as layer } from '@/app/api/layers/[id]/route';
import { GET as region } from '@/app/api/regions/[code]/route';
import { GET as story } from '@/app/api/stories/[id]/route';
import { GET as tileJson } from '@/app/api/tiles/[tileset]/route';
import { GET as tile } from '@/app/api/tiles/[tileset]/[z]/[x]/[y]/route';
import { GET as versionedTile } from '@/app/api/tiles/[tileset]/v/[version]/[z]/[x]/[y]/route';
import { GET as versionedGlyphs } from '@/app/api/glyphs/v/[version]/[fontstack]/[range]/route';
import { GET as versionedLayer } from '@/app/api/layers/[id]/v/[version]/route';
import { GET as versionedPanel } from '@/app/api/panel/v/[version]/route';
import { glyphsVersion, layerVersion, tilesetVersion } from '@/lib/server/asset-versions';
import { valuesPanelBody } from '@/lib/server/indicator-store';
import { API_PATHS, fillPath, type ApiPath } from './api-paths';
import { routeParams, routeRequest } from './route-request';

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

interface ApiRoute {
  /** Path template, e.g. /api/tiles/{tileset}/{z}/{x}/{y}. */
  path: ApiPath;
  /** A valid value for each path segment, so one parameter can vary while the others stay valid. */
  valid: Record<string, string>;
  /** Content types of a successful answer. */
  okType: RegExp;
  handler: Handler;
}

/** `version`: the build's version for a versioned path, in place of CURRENT_VERSION. */
const route = (path: ApiPath, okType: RegExp, handler: unknown, version?: string): ApiRoute => ({
  path,
  valid: { ...API_PATHS[path], ...(version ? { version } : {}) },
  okType,
  handler: handler as Handler,
});

export const API_ROUTES: ApiRoute[] = [
  route('/api/indicators/{id}', /^(application\/json|text\/csv|application\/geo\+json)/, indicator),
  route('/api/layers/{id}', /^application\/geo\+json/, layer),
  route('/api/tiles/{tileset}', /^application\/json/, tileJson),
  route('/api/tiles/{tileset}/{z}/{x}/{y}', /^application\/vnd\.mapbox-vector-tile$/, tile),
  route('/api/tiles/{tileset}/v/{version}/{z}/{x}/{y}', /^application\/vnd\.mapbox-vector-tile$/, versionedTile, tilesetVersion('basemap')),
  route('/api/glyphs/{fontstack}/{range}', /^application\/x-protobuf$/, glyphs),
  route('/api/glyphs/v/{version}/{fontstack}/{range}', /^application\/x-protobuf$/, versionedGlyphs, glyphsVersion()),
  route('/api/layers/{id}/v/{version}', /^application\/geo\+json/, versionedLayer, layerVersion('focus-cities')),
  route('/api/panel/v/{version}', /^application\/json/, versionedPanel, valuesPanelBody().hash),
  route('/api/regions/{code}', /^(application\/json|text\/csv)/, region),
  route('/api/convergence', /^(application\/json|text\/csv)/, convergence),
  route('/api/preview', /^image\/png$/, preview),
  route('/api/stories/{id}', /^application\/json/, story),
];

export const apiRoute = (path: string) => API_ROUTES.find((r) => r.path === path)!;

/** encodeURIComponent of a well-formed copy: UTF-8 round-tripping turns lone surrogates (which it cannot encode) into U+FFFD. */
const encode = (s: string) => encodeURIComponent(Buffer.from(s, 'utf8').toString('utf8'));

/** Calls a route's handler as server.mjs would, with `segments` overriding the valid ones. */
export function callRoute(route: ApiRoute, segments: Record<string, string> = {}, query: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const params = { ...route.valid, ...segments };
  const path = fillPath(route.path, params, encode);
  const search = new URLSearchParams(query).toString();
  return route.handler(routeRequest(`${path}${search ? `?${search}` : ''}`, headers), routeParams(params) as { params: Promise<never> });
}
