/**
 * The Node flags of the bulk load's reading process (node-steps-process.ts). That process holds the
 * whole first-load graph (~2 KB of heap per publication: ~3 GB at a million families) while it
 * parses hundreds of MB of exports, so it needs more than Node's default heap (~4 GB here) and a
 * larger young generation:
 *
 * - old generation = PATNAV_BULK_HEAP_MB, else half the machine's memory, at least 4 GiB, at most
 *   32 GiB. The managed Neo4j is stopped while the files are read (run.ts), so its memory is free;
 *   V8 only takes what the graph needs, but near its limit it runs a full GC every few seconds
 *   (each marks the whole graph);
 * - semi-space 64 MiB (Node's default is 16): each batch's records die young instead of being
 *   promoted, and a young-generation GC costs more the larger the graph it must not walk, so fewer
 *   of them cost less. Measured at 1M families: docs/decisions/2026-12-05-bulk-read-process.md.
 */
const MIB = 1024 * 1024;
const MIN_HEAP_MIB = 4 * 1024;
const MAX_HEAP_MIB = 32 * 1024;
export const SEMI_SPACE_MIB = 64;

/** `totalBytes`: the machine's (or container's) memory, db/memory-defaults.ts machineMemoryBytes. */
export function bulkHeapMib(totalBytes: number, env: NodeJS.ProcessEnv): number {
  const configured = env.PATNAV_BULK_HEAP_MB;
  if (configured !== undefined && configured !== '') {
    const mib = Number(configured);
    if (!Number.isInteger(mib) || mib < 256)
      throw new Error(
        `PATNAV_BULK_HEAP_MB must be a whole number of MiB, at least 256 (got "${configured}")`,
      );
    return mib;
  }
  return Math.min(MAX_HEAP_MIB, Math.max(MIN_HEAP_MIB, Math.floor(totalBytes / 2 / MIB)));
}

export function bulkNodeFlags(heapMib: number): string[] {
  return [`--max-old-space-size=${heapMib}`, `--max-semi-space-size=${SEMI_SPACE_MIB}`];
}
