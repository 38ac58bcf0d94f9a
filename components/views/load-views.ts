/**
 * The one place each view's code is imported: ViewStage loads a view from here when it is opened and
 * the page prefetches them from here when idle (components/data/when-idle.ts), so both ask the
 * bundler for the same chunk and a prefetched chunk is not fetched again.
 */
export const loadChartView = () => import('./ChartView');
export const loadScatterView = () => import('./ScatterView');
export const loadTableView = () => import('./TableView');
export const loadSourcesView = () => import('./SourcesView');
export const loadGapsView = () => import('./GapsView');

export const VIEW_LOADERS = [loadChartView, loadScatterView, loadTableView, loadSourcesView, loadGapsView];
