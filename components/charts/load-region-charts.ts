/**
 * The one place the region charts' code (recharts with it) is imported: the panels load it from here
 * when they open and the page prefetches it from here when idle (components/data/when-idle.ts), so
 * both ask the bundler for the same chunk and a prefetched chunk is not fetched again.
 */
export const loadRegionCharts = () => import('./RegionCharts');
