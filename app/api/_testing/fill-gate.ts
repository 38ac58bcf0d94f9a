/** Occupies every slot and queue place of a work gate until the test calls the returned release. */
import type { WorkGate } from '@/lib/http/work-gate';

export function fillGate(gate: WorkGate): () => Promise<void> {
  let unblock!: () => void;
  const blocked = new Promise<void>((resolve) => (unblock = resolve));
  const occupying: Promise<unknown>[] = [];
  for (;;) {
    const before = gate.load;
    occupying.push(gate.run(() => blocked).catch(() => undefined));
    const after = gate.load;
    if (after.running === before.running && after.queued === before.queued) break;
  }
  return async () => {
    unblock();
    await Promise.all(occupying);
  };
}
