/**
 * Bounds expensive work that clients can trigger with new inputs (preview images, page renders):
 * at most `concurrency` tasks run at once, at most `maxQueued` wait, and the rest are refused at
 * once, so a flood of unique requests cannot queue unbounded work or memory behind every other
 * route. With `maxWaitMs`, a task still waiting after that long is refused too: under a CPU that is
 * busy with everything else, a short queue can still mean a long wait.
 */

import { jsonError } from './errors';

/** Thrown by `run` when the gate and its queue are full; the route answers 503 with Retry-After. */
export class WorkGateFullError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('too many requests of this kind are being worked on');
  }
}

export interface WorkGate {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running and waiting now. */
  readonly load: { running: number; queued: number };
}

export function createWorkGate(options: { concurrency: number; maxQueued: number; retryAfterSeconds: number; maxWaitMs?: number }): WorkGate {
  let running = 0;
  const waiting: Array<() => void> = [];

  /** Waits for a slot; rejects when `maxWaitMs` passes first (the slot then goes to the next in line). */
  const wait = () =>
    new Promise<void>((resolve, reject) => {
      const turn = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer =
        options.maxWaitMs === undefined
          ? undefined
          : setTimeout(() => {
              waiting.splice(waiting.indexOf(turn), 1);
              reject(new WorkGateFullError(options.retryAfterSeconds));
            }, options.maxWaitMs);
      waiting.push(turn);
    });

  const release = () => {
    running--;
    const next = waiting.shift();
    if (next) {
      running++;
      next();
    }
  };

  return {
    get load() {
      return { running, queued: waiting.length };
    },
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (running < options.concurrency) running++;
      else if (waiting.length < options.maxQueued) await wait();
      else throw new WorkGateFullError(options.retryAfterSeconds);
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}

/** The route's answer, or 503 JSON with Retry-After when the work it needs was refused by a full gate. */
export async function orBusy(answer: () => Promise<Response>, message: string): Promise<Response> {
  try {
    return await answer();
  } catch (err) {
    if (!(err instanceof WorkGateFullError)) throw err;
    const busy = jsonError(503, message);
    busy.headers.set('Retry-After', String(err.retryAfterSeconds));
    return busy;
  }
}
