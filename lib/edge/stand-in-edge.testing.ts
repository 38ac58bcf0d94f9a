/**
 * The edge over real HTTP with a stand-in for Next (which `answer` plays), for tests of what the
 * edge itself decides: queues, the render gate, kept pages and answers.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import { SegmentedCache } from '../cache/segmented-cache';
import { createWorkGate, type WorkGate } from '../http/work-gate';
import { serverViewContext } from '../server/view-context';
import { createEdgeHandler, type EdgeDependencies, type EdgeHandler } from './handler';
import { serverConfig } from './server-config';

const servers: http.Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

const smallCache = <T extends { bytes: number }>() => new SegmentedCache<T>({ probationEntries: 8, probationBytes: 1 << 20, protectedBytes: 1 << 20 });
const oneAtATime = (): WorkGate => createWorkGate({ concurrency: 1, maxQueued: 8, retryAfterSeconds: 1 });

export async function standInEdge(
  answer: EdgeDependencies['handleNext'],
  gates: Partial<Pick<EdgeDependencies, 'renderGate' | 'apiGates'>> = {},
): Promise<{ base: string; get: (path: string) => Promise<Response>; handler: EdgeHandler }> {
  const handler = createEdgeHandler({
    config: serverConfig({ PORT: '0' }, []),
    handleNext: answer,
    compress: (_req, _res, next) => next(),
    onHeaders: () => undefined,
    viewContext: serverViewContext,
    publicFiles: new Set(),
    pages: smallCache(),
    renderGate: gates.renderGate ?? oneAtATime(),
    apiGates: gates.apiGates ?? { quick: oneAtATime(), gated: oneAtATime() },
    responses: smallCache(),
  });
  const server = http.createServer(handler).listen(0, '127.0.0.1');
  servers.push(server);
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, get: (path: string) => fetch(base + path), handler };
}
