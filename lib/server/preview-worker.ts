/**
 * The thread that draws preview images (lib/server/preview-renderer.ts starts it): a job names what
 * to draw, as plain data; the answer is the PNG's bytes. The province outlines are read here once
 * and never cross between threads.
 */
import { parentPort } from 'node:worker_threads';
import { provinceCollection } from './province-geometry';
import { renderPreviewPng } from './preview-image';
import type { PreviewJob, PreviewAnswer } from './preview-renderer';

const port = parentPort;
if (!port) throw new Error('preview-worker runs as a worker thread');

port.on('message', ({ id, job }: { id: number; job: PreviewJob }) => {
  const answer = (a: PreviewAnswer) => port.postMessage(a);
  renderPreviewPng({ ...job, provinces: provinceCollection(), fills: new Map(job.fills), dimmed: new Set(job.dimmed) })
    .then((png) => answer({ id, png }))
    .catch((err: unknown) => answer({ id, error: err instanceof Error ? err.message : String(err) }));
});
