/**
 * The managed Neo4j's memory when PATNAV_NEO4J_HEAP / PATNAV_NEO4J_PAGECACHE are not set, from the
 * machine's memory (the container's limit when there is one):
 *
 *   heap       = 25 % of memory, at least 512 MiB, at most 8 GiB
 *   page cache = 25 % of memory, at least 512 MiB, at most 16 GiB
 *
 * Half the memory stays for the PatNav server (its snapshots and the FTO index live in its heap),
 * the OS file cache and anything else on the machine. Heap beyond 8 GiB buys little for PatNav's
 * reads (short transactions, streamed results) and lengthens GC pauses; the page cache is what
 * keeps the store in memory, so it may grow further. Values are whole MiB ("5888m").
 */
import os from 'node:os';

const MIB = 1024 * 1024;
const SHARE = 0.25;
const MIN_MIB = 512;
const HEAP_MAX_MIB = 8 * 1024;
const PAGE_CACHE_MAX_MIB = 16 * 1024;

export interface Neo4jMemory {
  readonly heap: string;
  readonly pageCache: string;
}

export function neo4jMemoryFor(totalBytes: number): Neo4jMemory {
  const share = Math.floor((totalBytes * SHARE) / MIB);
  const clamp = (max: number) => `${Math.min(max, Math.max(MIN_MIB, share))}m`;
  return { heap: clamp(HEAP_MAX_MIB), pageCache: clamp(PAGE_CACHE_MAX_MIB) };
}

/** The machine's memory, or the cgroup (container) limit when that is lower. */
export function machineMemoryBytes(): number {
  const total = os.totalmem();
  const constrained = process.constrainedMemory?.() ?? 0;
  return constrained > 0 && constrained < total ? constrained : total;
}
