/**
 * A warning at start when the graph is larger than the Node heap will hold. The server keeps its
 * whole-graph snapshot, landscape table and rankings in its heap; measured with bench:api
 * (docs/scaling.md) that is ~2.3 GB at 100k families with the FTO index and ~9.5 GB at peak at 1M
 * without it — about 10 KB per family. Node's default heap limit (~4 GB on 64-bit) then runs out
 * minutes into the start-up precomputation at 1M. The server cannot raise its own limit once
 * started (V8 fixes it at launch) and re-launching itself would leave an orphan when a supervisor
 * kills the parent, so it says what to set instead, before the precomputation begins.
 */
import v8 from 'node:v8';
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@server/platform/db/read';
import { z } from 'zod';

/** Heap per family at peak, from the 1M bench:api run, with a quarter's margin. */
const BYTES_PER_FAMILY = 12 * 1024;
const MIB = 1024 * 1024;

export function heapAdvice(families: number, heapLimitBytes: number): string | null {
  const needed = families * BYTES_PER_FAMILY;
  if (needed <= heapLimitBytes) return null;
  const suggestedMib = Math.ceil(needed / MIB / 1024) * 1024;
  return [
    `warning: the graph holds ${families.toLocaleString('en-GB')} families; the server's analyses may need`,
    `~${Math.round(needed / MIB).toLocaleString('en-GB')} MiB of Node heap, more than this process may use`,
    `(${Math.round(heapLimitBytes / MIB).toLocaleString('en-GB')} MiB). Start it with`,
    `NODE_OPTIONS=--max-old-space-size=${suggestedMib} npm start (see docs/scaling.md).`,
  ].join(' ');
}

const Count = z.object({ families: z.number() });

export async function checkHeapForGraph(db: Database, log: (line: string) => void): Promise<void> {
  // A count from the label count store: constant time whatever the graph's size.
  const [row] = await readRows(db, Count, 'MATCH (f:Family) RETURN count(f) AS families');
  const advice = heapAdvice(row?.families ?? 0, v8.getHeapStatistics().heap_size_limit);
  if (advice) log(advice);
}
