/** What a link may name on this server, with the years each indicator has: the one context the page, the preview and the edge parse views with. */
import { once } from '../cache/memo';
import { viewContext } from '../url/context';
import { dataset, yearsWithData } from './indicator-store';
import { featureLinkIds } from './layer-store';

export const serverViewContext = once(() => {
  const ids = dataset().indicators.map((i) => i.id);
  const years = new Map(ids.map((id) => [id, yearsWithData(id)]));
  return viewContext(ids, featureLinkIds(), (id) => years.get(id) ?? []);
});
