'use client';

/** Where the chart, scatter, table, gaps and sources views appear, over the map (which stays mounted, so going back is instant). */
import dynamic from 'next/dynamic';
import { memo, type ComponentType } from 'react';
import type { ViewKind } from '@/lib/url/view-state';
import { useI18n } from '@/components/i18n/use-i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { InlineError } from '../controls/InlineError';
import { usePanel } from '../data/use-panel';
import type { ViewProps } from './view-props';
import { loadChartView, loadGapsView, loadScatterView, loadSourcesView, loadTableView } from './load-views';

function Loading({ what }: { what: MessageKey }) {
  const { t } = useI18n();
  return (
    <p className="view-loading" role="status">
      {t(what)}
    </p>
  );
}
const ViewLoading = () => <Loading what="views.loading" />;
const GapsLoading = () => <Loading what="gaps.loading" />;

// Each view's code (recharts with it) loads when the view is first opened, never with the map.
const VIEW_COMPONENTS: Record<Exclude<ViewKind, 'map' | 'gaps'>, ComponentType<ViewProps>> = {
  chart: dynamic(loadChartView, { loading: ViewLoading }),
  scatter: dynamic(loadScatterView, { loading: ViewLoading }),
  table: dynamic(loadTableView, { loading: ViewLoading }),
  sources: dynamic(loadSourcesView, { loading: ViewLoading }),
};
const GapsView = dynamic(loadGapsView, { loading: GapsLoading });

/**
 * Memoized: the dashboard renders again as the map loads (layer statuses, hover). A server-drawn view
 * whose code is still arriving is hydrated later; new props before then would make React throw its
 * server HTML away and draw it again from scratch. With the same props it is left alone.
 */
export const ViewStage = memo(function ViewStage(props: Omit<ViewProps, 'panel'> & { view: Exclude<ViewKind, 'map'> }) {
  const { t } = useI18n();
  // The inequality view draws the convergence API's numbers only: it does not need the values panel.
  const panel = usePanel(props.view !== 'gaps' ? props.catalogue.panel : null);
  if (props.view === 'gaps') {
    return (
      <div id="view-stage" className="view-stage" role="tabpanel">
        <GapsView catalogue={props.catalogue} indicator={props.indicator} state={props.state} year={props.year} update={props.update} />
      </div>
    );
  }
  const View = VIEW_COMPONENTS[props.view];
  return (
    <div id="view-stage" className="view-stage" role="tabpanel">
      {panel.error && <InlineError what={t('views.what')} error={panel.error} onRetry={() => panel.mutate()} />}
      {!panel.data && !panel.error && <ViewLoading />}
      {panel.data && <View {...props} panel={panel.data} />}
    </div>
  );
});
