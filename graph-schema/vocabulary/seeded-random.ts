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
