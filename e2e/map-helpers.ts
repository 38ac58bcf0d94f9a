import type { Page } from '@playwright/test';

/** Waits until window.__map exists, its style and the provinces layer are loaded, and it is idle. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = window.__map;
    return !!map && map.isStyleLoaded() && !!map.getSource('layer:provinces') && map.isSourceLoaded('layer:provinces');
  });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__map!;
        if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) resolve();
        else map.once('idle', () => resolve());
      }),
  );
}

/** Distinct values of a property among the features a style layer has drawn in the viewport. */
export async function renderedValues(page: Page, layerId: string, property: string): Promise<string[]> {
  return page.evaluate(
    ({ layerId, property }) => {
      const features = window.__map!.queryRenderedFeatures({ layers: [layerId] });
      return [...new Set(features.map((f) => String(f.properties?.[property])))].sort();
    },
    { layerId, property },
  );
}

/** Ticks a layer's checkbox and waits until its data is loaded (legend shown) and the map is idle. */
export async function showLayer(page: Page, title: string): Promise<void> {
  await page.getByRole('checkbox', { name: title }).check();
  await page.getByRole('list', { name: `${title} legend` }).waitFor();
  await waitForMapIdle(page);
}

/** The map's feature-state value of each province, by code. */
export const mapValues = (page: Page) =>
  page.evaluate(() => {
    const map = window.__map!;
    const codes = map.querySourceFeatures('layer:provinces', { sourceLayer: 'provinces' }).map((f) => String(f.id));
    return Object.fromEntries(
      [...new Set(codes)].map((c) => [c, map.getFeatureState({ source: 'layer:provinces', sourceLayer: 'provinces', id: c }).value ?? null]),
    );
  });

/** The provinces' values the indicator API serves (through the test's own request context, not the page). */
export async function apiValues(page: Page, id: string, year: number) {
  const res = await page.request.get(`/api/indicators/${id}?year=${year}`);
  const body = (await res.json()) as { values: Array<{ code: string; kind: string; value: number | null }> };
  return Object.fromEntries(body.values.filter((v) => v.kind === 'province').map((v) => [v.code, v.value]));
}
