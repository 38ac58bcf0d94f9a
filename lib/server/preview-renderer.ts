/**
 * Draws preview images on a worker thread, so that neither drawing nor PNG encoding runs on the
 * server's event loop (lib/server/preview-worker.ts). One worker, started on the first image and
 * kept; it does not hold the process open. How many images are drawn at once is the preview gate's
 * business (lib/server/preview.ts), not this module's.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PreviewContent } from './preview-image';

/** What the worker draws: a PreviewContent without the outlines (the worker has its own), its maps and sets as arrays. */
export type PreviewJob = Omit<PreviewContent, 'provinces' | 'fills' | 'dimmed'> & { fills: Array<[string, string]>; dimmed: string[] };
export type PreviewAnswer = { id: number; png: Uint8Array } | { id: number; error: string };

interface Pending {
  resolve: (png: Buffer) => void;
  reject: (err: Error) => void;
  /** The worker drawing it: when a worker dies, only its own jobs fail. */
  worker: Worker;
}

/**
 * Bundled, Next compiles the worker with its imports and names it in the URL. Unbundled (tests, tsx)
 * it is TypeScript, loaded through tsx from a small script: on Node 20 a worker does not inherit the
 * loader that `--import tsx` registers.
 */
function startWorker(): Worker {
  const self = fileURLToPath(import.meta.url);
  if (!self.endsWith('.ts')) return new Worker(new URL('./preview-worker.ts', import.meta.url));
  const entry = JSON.stringify(pathToFileURL(path.join(path.dirname(self), 'preview-worker.ts')).href);
  return new Worker(`import('tsx/esm/api').then((tsx) => tsx.tsImport(${entry}, ${entry}))`, { eval: true });
}

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 0;

function failJobsOf(dead: Worker, err: Error) {
  for (const [id, p] of pending) {
    if (p.worker !== dead) continue;
    pending.delete(id);
    p.reject(err);
  }
}

function running(): Worker {
  if (worker) return worker;
  const started = startWorker();
  started.unref();
  started.on('message', (answer: PreviewAnswer) => {
    const p = pending.get(answer.id);
    if (!p) return;
    pending.delete(answer.id);
    if ('png' in answer) p.resolve(Buffer.from(answer.png.buffer, answer.png.byteOffset, answer.png.byteLength));
    else p.reject(new Error(`preview drawing failed: ${answer.error}`));
  });
  // A worker that dies takes its jobs with it; the next image starts a new one.
  const gone = (err: Error) => {
    if (worker === started) worker = null;
    failJobsOf(started, err);
  };
  started.on('error', gone);
  started.on('exit', (code) => gone(new Error(`preview worker stopped (exit code ${code})`)));
  worker = started;
  return started;
}

export function renderPreviewInWorker(content: PreviewContent): Promise<Buffer> {
  // The outlines stay behind: the worker has its own.
  const { provinces: _outlines, fills, dimmed, ...words } = content;
  const job: PreviewJob = { ...words, fills: [...fills], dimmed: [...dimmed] };
  const id = nextId++;
  const thread = running();
  return new Promise<Buffer>((resolve, reject) => {
    pending.set(id, { resolve, reject, worker: thread });
    // The job is queued until it is answered: a pending job keeps the worker referenced, so a
    // process waiting on an image does not exit under it.
    if (pending.size === 1) thread.ref();
    thread.postMessage({ id, job });
  }).finally(() => {
    if (pending.size === 0) worker?.unref();
  });
}
