import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from './view-state';
import { heldFromAddress, historyWrite, withChange, type HeldView } from './view-history';

const opened = heldFromAddress(DEFAULT_STATE);
const choose = (h: HeldView) => withChange(h, { region: '510000' }, 'push', 1);
const move = (h: HeldView) => withChange(h, { map: { zoom: 5.25, lat: 30.67, lng: 104.07 } }, 'replace', 2);

/** Writes each committed view as the page does, and returns what the history received. */
function written(commits: HeldView[]) {
  let pushedUpTo = 0;
  return commits.map((held) => {
    const how = historyWrite(held, pushedUpTo);
    pushedUpTo = held.lastPush;
    return how && { how, region: held.view.region, map: held.view.map };
  });
}

describe('view history', () => {
  it('writes nothing for a view read from the address', () => {
    expect(written([opened])).toEqual([null]);
    expect(historyWrite(heldFromAddress({ ...DEFAULT_STATE, region: '420000' }, choose(opened)), 0)).toBeNull();
  });

  it('pushes a choice and replaces for a move, committed one after the other', () => {
    const chosen = choose(opened);
    expect(written([chosen, move(chosen)])).toEqual([
      { how: 'push', region: '510000', map: DEFAULT_STATE.map },
      { how: 'replace', region: '510000', map: { zoom: 5.25, lat: 30.67, lng: 104.07 } },
    ]);
  });

  it('makes one entry of a choice and a move committed together', () => {
    expect(written([move(choose(opened))])).toEqual([{ how: 'push', region: '510000', map: { zoom: 5.25, lat: 30.67, lng: 104.07 } }]);
  });

  it('keeps the choice, and its entry, when the move made after it is committed first and the choice replayed on top', () => {
    expect(written([move(opened), move(choose(opened))])).toEqual([
      { how: 'replace', region: null, map: { zoom: 5.25, lat: 30.67, lng: 104.07 } },
      { how: 'push', region: '510000', map: { zoom: 5.25, lat: 30.67, lng: 104.07 } },
    ]);
  });

  it('does not push again for later moves once the choice has its entry', () => {
    const chosen = choose(opened);
    const later = withChange(move(chosen), { map: { zoom: 6, lat: 30, lng: 104 } }, 'replace', 3);
    expect(written([chosen, later]).map((w) => w?.how)).toEqual(['push', 'replace']);
  });
});
