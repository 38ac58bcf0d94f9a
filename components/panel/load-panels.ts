/**
 * The one place the region panel's and the selection card's code is imported: the dashboard loads
 * them from here when a place or feature is chosen (not before the first map), and the page
 * prefetches them from here when idle (components/data/when-idle.ts), so a click fetches no script.
 */
export const loadRegionPanel = () => import('./RegionPanel');
export const loadSelectionCard = () => import('./SelectionCard');

export const PANEL_LOADERS = [loadRegionPanel, loadSelectionCard];
