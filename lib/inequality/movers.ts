/** The bump chart's highlighted lines: the provinces that rose and fell the most between from and to (from the API's rank moves). */
import type { RankMove } from './rank-mobility';

export interface Movers {
  risers: RankMove[];
  fallers: RankMove[];
}

/** Up to `k` of each, largest moves first (ties: the better final rank first); provinces that did not move are neither. */
export function topMovers(moves: readonly RankMove[], k = 3): Movers {
  const by = (sign: 1 | -1) =>
    moves
      .filter((m) => sign * m.change > 0)
      .sort((a, b) => sign * (b.change - a.change) || a.rank_to - b.rank_to || a.code.localeCompare(b.code))
      .slice(0, k);
  return { risers: by(1), fallers: by(-1) };
}
