import { describe, expect, it } from 'vitest';
import { createWorkGate, WorkGateFullError } from './work-gate';

/** A task that finishes (or fails) when the test says so. */
function controlled<T>() {
  let finish!: (value: T) => void;
  let fail!: (err: Error) => void;
  const done = new Promise<T>((resolve, reject) => ((finish = resolve), (fail = reject)));
  let started = false;
  return {
    task: () => ((started = true), done),
    finish,
    fail,
    get started() {
      return started;
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('work gate', () => {
  it('runs at most `concurrency` tasks at once and starts a waiting one when a slot frees', async () => {
    const gate = createWorkGate({ concurrency: 2, maxQueued: 5, retryAfterSeconds: 1 });
    const tasks = [controlled<number>(), controlled<number>(), controlled<number>()];
    const results = tasks.map((t) => gate.run(t.task));
    await settle();
    expect(tasks.map((t) => t.started)).toEqual([true, true, false]);
    expect(gate.load).toEqual({ running: 2, queued: 1 });
    tasks[0].finish(1);
    await settle();
    expect(tasks[2].started).toBe(true);
    tasks[1].finish(2);
    tasks[2].finish(3);
    expect(await Promise.all(results)).toEqual([1, 2, 3]);
    expect(gate.load).toEqual({ running: 0, queued: 0 });
  });

  it('refuses a task that waited longer than maxWaitMs, and gives the slot to the next in line', async () => {
    const gate = createWorkGate({ concurrency: 1, maxQueued: 5, retryAfterSeconds: 3, maxWaitMs: 20 });
    const [a, b, c] = [controlled(), controlled(), controlled()];
    void gate.run(a.task);
    const late = gate.run(b.task).catch((err: unknown) => err);
    expect(await late).toBeInstanceOf(WorkGateFullError);
    expect(gate.load).toEqual({ running: 1, queued: 0 });
    void gate.run(c.task);
    a.finish(undefined);
    await settle();
    expect(b.started).toBe(false);
    expect(c.started).toBe(true);
  });

  it('refuses work beyond the queue bound with the time to retry after, without starting it', async () => {
    const gate = createWorkGate({ concurrency: 1, maxQueued: 1, retryAfterSeconds: 7 });
    const [a, b, c] = [controlled(), controlled(), controlled()];
    void gate.run(a.task);
    void gate.run(b.task);
    const refused = gate.run(c.task).catch((err: unknown) => err);
    const err = await refused;
    expect(err).toBeInstanceOf(WorkGateFullError);
    expect((err as WorkGateFullError).retryAfterSeconds).toBe(7);
    expect(c.started).toBe(false);
    expect(gate.load).toEqual({ running: 1, queued: 1 });
  });

  it('frees the slot of a task that fails, and passes its error on', async () => {
    const gate = createWorkGate({ concurrency: 1, maxQueued: 1, retryAfterSeconds: 1 });
    const failing = controlled();
    const next = controlled<string>();
    const first = gate.run(failing.task).catch((err: Error) => err.message);
    const second = gate.run(next.task);
    failing.fail(new Error('boom'));
    expect(await first).toBe('boom');
    await settle();
    expect(next.started).toBe(true);
    next.finish('ok');
    expect(await second).toBe('ok');
    expect(gate.load).toEqual({ running: 0, queued: 0 });
  });

  it('frees the slot of a task that throws before returning a promise', async () => {
    const gate = createWorkGate({ concurrency: 1, maxQueued: 0, retryAfterSeconds: 1 });
    await expect(
      gate.run(() => {
        throw new Error('sync');
      }),
    ).rejects.toThrow('sync');
    expect(await gate.run(async () => 'after')).toBe('after');
  });
});
