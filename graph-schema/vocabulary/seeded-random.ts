/**
 * The one seeded generator of the project, browser-safe so every side imports the same code: the demo
 * corpus (byte-identical files on every machine), the server's layouts and benchmark graphs, and the
 * web app's force layouts (the same data gives the same picture). Math.random is never a substitute.
 */

/** Mulberry32: uniform floats in [0, 1) from a 32-bit seed; small and fast, not for security. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over UTF-16 code units: a stable 32-bit hash to mix a key into a seed. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * `count` distinct indexes below `size` by a partial Fisher–Yates shuffle, sorted ascending — the
 * seeded sample of the precision check (ingest's `sample` command and the branch review draw the
 * same hits for the same seed). The generator is seeded with seed × key (the branch), so one
 * branch's sample does not move when another branch changes.
 */
export function sampleIndexes(size: number, count: number, seed: number, key: string): number[] {
  const random = mulberry32(seed ^ fnv1a(key));
  const indexes = Array.from({ length: size }, (_, index) => index);
  const take = Math.min(Math.max(count, 0), size);
  for (let position = 0; position < take; position++) {
    const swap = position + Math.floor(random() * (size - position));
    [indexes[position], indexes[swap]] = [indexes[swap] as number, indexes[position] as number];
  }
  return indexes.slice(0, take).sort((a, b) => a - b);
}
