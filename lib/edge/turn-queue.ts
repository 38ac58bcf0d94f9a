/**
 * Starts requests a little at a time per event-loop turn, in arrival order within two lanes.
 *
 * Why: since libuv 1.45 (Node 20) a listening socket accepts one connection per poll phase. When
 * every turn ran all the requests that had arrived, a busy turn took 50–150 ms, so a burst of new
 * connections waited up to 8 s in the kernel's accept queue before the server read a byte (traced
 * in the load test: each new phase's connections were accepted ~100 ms apart). With this queue a
 * turn starts only a few requests and leaves the rest to the next turns, so the loop keeps getting
 * back to accepting.
 *
 * Lanes:
 * - `memory`: requests the edge answers from memory (kept responses and pages, static files,
 *   refusals). They go first, for as long as the loop spent elsewhere since the last turn (at least
 *   `memoryBudgetMinMs`, at most `memoryBudgetMaxMs`): about half the loop under contention, short turns when
 *   it is idle. With a fixed 1 ms, a cheap control request waited up to 700 ms.
 * - `work`: everything that goes to Next. One start per turn: most of such a request's work runs
 *   after the start returns (Next's promises), where no budget can see it, and starting every miss
 *   that fit in 1 ms made cold turns long again.
 *
 * The queue holds at most one request per open connection (Node parses a connection's next request
 * only after the previous response).
 */
export type TurnLane = 'memory' | 'work';

export interface TurnQueue {
  push(job: () => void, lane: TurnLane): void;
  /** Jobs waiting now. */
  readonly length: number;
}

export interface TurnQueueOptions {
  /** The memory lane's least time for request starts per turn; the job running when it is used up still finishes. */
  memoryBudgetMinMs: number;
  /** The most it grows to. */
  memoryBudgetMaxMs: number;
  now?: () => number;
  /** Runs `turn` in a later event-loop turn, after the poll phase (setImmediate). */
  schedule?: (turn: () => void) => void;
}

/** A FIFO of jobs that drops what it has run now and then (under steady load it may never empty). */
function createFifo() {
  let jobs: Array<(() => void) | undefined> = [];
  let head = 0;
  return {
    push: (job: () => void) => void jobs.push(job),
    get length() {
      return jobs.length - head;
    },
    /** Runs jobs in order until `budgetMs` is used (at least one, if any). */
    run(budgetMs: number, now: () => number) {
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
      if (head === jobs.length || head > 1024) {
        jobs = jobs.slice(head);
        head = 0;
      }
    },
  };
}

export function createTurnQueue({ memoryBudgetMinMs, memoryBudgetMaxMs, now = () => performance.now(), schedule = setImmediate }: TurnQueueOptions): TurnQueue {
  const lanes: Record<TurnLane, ReturnType<typeof createFifo>> = { memory: createFifo(), work: createFifo() };
  let scheduled = false;
  let lastTurnEnd = now();
  const waiting = () => lanes.memory.length + lanes.work.length;

  const turn = () => {
    scheduled = false;
    const elsewhere = now() - lastTurnEnd;
    lanes.memory.run(Math.min(Math.max(memoryBudgetMinMs, elsewhere), memoryBudgetMaxMs), now);
    // A zero budget: exactly one start.
    lanes.work.run(0, now);
    lastTurnEnd = now();
    if (waiting()) {
      scheduled = true;
      schedule(turn);
    }
  };

  return {
    push(job, lane) {
      lanes[lane].push(job);
      if (!scheduled) {
        scheduled = true;
        schedule(turn);
      }
    },
    get length() {
      return waiting();
    },
  };
}
