import { describe, expect, it, vi } from 'vitest';
import { createTurnQueue } from './turn-queue';

/** A queue on a fake clock whose scheduled turns run only when the test says. */
function setup(budgetMs: number, jobMs: number) {
  let clock = 0;
  const turns: Array<() => void> = [];
  const queue = createTurnQueue({ memoryBudgetMinMs: budgetMs, memoryBudgetMaxMs: 4, now: () => clock, schedule: (t) => turns.push(t) });
  const ran: number[] = [];
  const job = (id: number) => () => {
    clock += jobMs;
    ran.push(id);
  };
  const runTurn = () => turns.shift()!();
  const elapse = (ms: number) => void (clock += ms);
  return { queue, ran, job, turns, runTurn, elapse };
}

describe('turn queue', () => {
  it('starts nothing in the turn a request arrives in: the loop gets back to the poll phase first', () => {
    const { queue, ran, job, turns } = setup(1, 0.3);
    queue.push(job(1), 'work');
    expect(ran).toEqual([]);
    expect(turns).toHaveLength(1);
  });

  it('runs memory jobs in arrival order until the budget is used, and the rest in later turns', () => {
    const { queue, ran, job, turns, runTurn } = setup(1, 0.3);
    for (let i = 1; i <= 10; i++) queue.push(job(i), 'memory');
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

  it('starts one request for Next per turn, however quickly its start returns (its work follows in promises)', () => {
    const { queue, ran, job, runTurn } = setup(1, 0.01);
    for (let i = 1; i <= 3; i++) queue.push(job(i), 'work');
    runTurn();
    expect(ran).toEqual([1]);
    runTurn();
    runTurn();
    expect(ran).toEqual([1, 2, 3]);
  });

  it('always starts at least one job per turn, however long it takes', () => {
    const { queue, ran, job, runTurn } = setup(1, 50);
    queue.push(job(1), 'work');
    queue.push(job(2), 'work');
    runTurn();
    expect(ran).toEqual([1]);
    runTurn();
    expect(ran).toEqual([1, 2]);
  });

  it('starts answers from memory before work, and each lane at least once per turn', () => {
    const { queue, ran, job, runTurn } = setup(1, 0.6);
    for (let i = 1; i <= 3; i++) queue.push(job(i), 'work');
    for (let i = 11; i <= 14; i++) queue.push(job(i), 'memory');
    runTurn();
    // The memory lane's budget: two jobs; then one for Next.
    expect(ran).toEqual([11, 12, 1]);
    runTurn();
    expect(ran).toEqual([11, 12, 1, 13, 14, 2]);
    // A slow memory job does not hold back the work lane's turn.
    const slow = setup(1, 5);
    slow.queue.push(slow.job(1), 'memory');
    slow.queue.push(slow.job(2), 'memory');
    slow.queue.push(slow.job(3), 'work');
    slow.runTurn();
    expect(slow.ran).toEqual([1, 3]);
  });

  it('gives the memory lane as long as the loop spent elsewhere since the last turn, within its bounds', () => {
    const { queue, ran, job, runTurn, elapse } = setup(1, 0.5);
    for (let i = 1; i <= 20; i++) queue.push(job(i), 'memory');
    runTurn(); // right after creation: the floor, 1 ms (two jobs)
    expect(ran).toHaveLength(2);
    elapse(3); // a 3 ms render outside the queue: six jobs
    runTurn();
    expect(ran).toHaveLength(8);
    elapse(50); // never more than the cap, 4 ms: eight jobs
    runTurn();
    expect(ran).toHaveLength(16);
  });

  it('keeps going after a job throws', () => {
    const { queue, ran, job, runTurn } = setup(1, 0.1);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    queue.push(() => {
      throw new Error('boom');
    }, 'memory');
    queue.push(job(2), 'memory');
    queue.push(() => {
      throw new Error('boom');
    }, 'work');
    queue.push(job(3), 'work');
    runTurn();
    expect(ran).toEqual([2]);
    runTurn();
    expect(ran).toEqual([2, 3]);
    expect(error).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });

  it('keeps arrival order under steady load, and schedules again once it has emptied', () => {
    const { queue, ran, job, turns, runTurn } = setup(1, 0.6);
    // Steady load: the queue never empties for thousands of jobs.
    let id = 0;
    for (let round = 0; round < 2000; round++) {
      queue.push(job(++id), 'memory');
      queue.push(job(++id), 'memory');
      runTurn();
      expect(queue.length).toBeLessThanOrEqual(round + 2);
    }
    while (turns.length) runTurn();
    expect(ran).toHaveLength(4000);
    expect(ran.every((v, i) => v === i + 1)).toBe(true);
    queue.push(job(++id), 'work');
    expect(turns).toHaveLength(1);
  });
});
