import { describe, expect, it, vi } from 'vitest';
import { createTurnQueue } from './turn-queue';

/** A queue on a fake clock whose scheduled turns run only when the test says. */
function setup(budgetMs: number, jobMs: number) {
  let clock = 0;
  const turns: Array<() => void> = [];
  const queue = createTurnQueue({ budgetMs, now: () => clock, schedule: (t) => turns.push(t) });
  const ran: number[] = [];
  const job = (id: number) => () => {
    clock += jobMs;
    ran.push(id);
  };
  const runTurn = () => turns.shift()!();
  return { queue, ran, job, turns, runTurn };
}

describe('turn queue', () => {
  it('starts nothing in the turn a request arrives in: the loop gets back to the poll phase first', () => {
    const { queue, ran, job, turns } = setup(1, 0.3);
    queue.push(job(1));
    expect(ran).toEqual([]);
    expect(turns).toHaveLength(1);
  });

  it('runs jobs in arrival order until the budget is used, and the rest in later turns', () => {
    const { queue, ran, job, turns, runTurn } = setup(1, 0.3);
    for (let i = 1; i <= 10; i++) queue.push(job(i));
    // One turn scheduled for all ten, not one each.
    expect(turns).toHaveLength(1);
    runTurn();
    expect(ran).toEqual([1, 2, 3, 4]);
    expect(queue.length).toBe(6);
    runTurn();
    runTurn();
    expect(ran).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(queue.length).toBe(0);
    expect(turns).toHaveLength(0);
  });

  it('always starts at least one job per turn, however long it takes', () => {
    const { queue, ran, job, runTurn } = setup(1, 50);
    queue.push(job(1));
    queue.push(job(2));
    runTurn();
    expect(ran).toEqual([1]);
    runTurn();
    expect(ran).toEqual([1, 2]);
  });

  it('keeps going after a job throws', () => {
    const { queue, ran, job, runTurn } = setup(1, 0.1);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    queue.push(() => {
      throw new Error('boom');
    });
    queue.push(job(2));
    runTurn();
    expect(ran).toEqual([2]);
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  it('keeps arrival order under steady load, and schedules again once it has emptied', () => {
    const { queue, ran, job, turns, runTurn } = setup(1, 0.6);
    // Steady load: the queue never empties for thousands of jobs.
    let id = 0;
    for (let round = 0; round < 2000; round++) {
      queue.push(job(++id));
      queue.push(job(++id));
      runTurn();
      expect(queue.length).toBeLessThanOrEqual(round + 2);
    }
    while (turns.length) runTurn();
    expect(ran).toHaveLength(4000);
    expect(ran.every((v, i) => v === i + 1)).toBe(true);
    queue.push(job(++id));
    expect(turns).toHaveLength(1);
  });
});
