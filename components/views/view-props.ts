import type { Catalogue, CatalogueIndicator, ValuesPanel } from '@/lib/indicators/api-types';
import type { ViewState } from '@/lib/url/view-state';
import type { HistoryMode } from '@/lib/url/view-history';

/** What every view other than the map gets: the data, the state, and how to change it. */
export interface ViewProps {
  panel: ValuesPanel;
  catalogue: Catalogue;
  indicator: CatalogueIndicator;
  state: ViewState;
  /** The end year, resolved to a year the indicator has. */
  year: number;
  update: (patch: Partial<ViewState>, how: HistoryMode) => void;
  /** The province or group whose details are open. */
  selected: string | null;
}

/** The inequality view reads its numbers from GET /api/convergence, not from the values panel. */
export type GapsViewProps = Omit<ViewProps, 'panel' | 'selected'>;
