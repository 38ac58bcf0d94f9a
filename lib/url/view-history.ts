import { applyViewPatch } from '@/lib/story/leave';
import type { ViewState } from './view-state';

export type HistoryMode = 'push' | 'replace';

/**
 * The view as the page holds it, with what its address still owes: `lastPush` is the id of the latest
 * change that asked for a history entry. React may commit changes apart and out of the order they were
 * made (a choice whose render waits on code, then a map move that committed first, replayed on top of it),
 * so what the address needs is read from the state each commit holds, never from a note of the last call.
 */
export interface HeldView {
  view: ViewState;
  lastPush: number;
  /** The view was read from the address (opening it, back/forward): nothing to write. */
  fromAddress: boolean;
}

export const heldFromAddress = (view: ViewState, before?: HeldView): HeldView => ({ view, lastPush: before?.lastPush ?? 0, fromAddress: true });

/** The change with this id (ids grow with each change made) applied to the held view. */
export function withChange(held: HeldView, patch: Partial<ViewState>, how: HistoryMode, id: number): HeldView {
  return { view: applyViewPatch(held.view, patch), lastPush: how === 'push' ? Math.max(held.lastPush, id) : held.lastPush, fromAddress: false };
}

/**
 * How a committed view goes into the address, given the latest push already written: a new entry when a
 * change in it asked for one that no entry has carried yet, else in place; nothing for a view read from it.
 */
export function historyWrite(held: HeldView, pushedUpTo: number): HistoryMode | null {
  if (held.fromAddress) return null;
  return held.lastPush > pushedUpTo ? 'push' : 'replace';
}
