/**
 * Starts requests a little at a time per event-loop turn, in arrival order.
 *
 * Why: since libuv 1.45 (Node 20) a listening socket accepts one connection per poll phase. When
 * every turn ran all the requests that had arrived, a busy turn took 50–150 ms, so a burst of new
 * connections waited up to 8 s in the kernel's accept queue before the server read a byte (traced
 * in the load test: each new phase's connections were accepted ~100 ms apart). Handing requests to
 * this queue ends each turn after about `budgetMs` of request starts, so the loop gets back to
 * accepting; the rest start in the next turns. The queue holds at most one request per open
 * connection (Node parses a connection's next request only after the previous response).
 */
export interface TurnQueue {
  push(job: () => void): void;
  /** Jobs waiting now. */
  readonly length: number;
}

export interface TurnQueueOptions {
  /** Time for request starts per turn; the job running when it is used up still finishes. */
  budgetMs: number;
  now?: () => number;
  /** Runs `turn` in a later event-loop turn, after the poll phase (setImmediate). */
  schedule?: (turn: () => void) => void;
}

export function createTurnQueue({ budgetMs, now = () => performance.now(), schedule = setImmediate }: TurnQueueOptions): TurnQueue {
  let jobs: Array<(() => void) | undefined> = [];
  let head = 0;
  let scheduled = false;

  const turn = () => {
    scheduled = false;
    const start = now();
    while (head < jobs.length) {
      const job = jobs[head]!;
      jobs[head++] = undefined;
      try {
        job();
      } catch (err) {
        // One request's failure must not strand the ones behind it.
        console.error('[hinterland] request start failed', err);
      }
      if (now() - start >= budgetMs) break;
    }
    // Under steady load the queue may never empty: drop the started part now and then.
    if (head === jobs.length || head > 1024) {
      jobs = jobs.slice(head);
      head = 0;
    }
    if (jobs.length) {
      scheduled = true;
      schedule(turn);
    }
  };

  return {
    push(job) {
      jobs.push(job);
      if (!scheduled) {
        scheduled = true;
        schedule(turn);
      }
    },
    get length() {
      return jobs.length - head;
    },
  };
}
