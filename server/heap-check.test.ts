import { describe, expect, it } from 'vitest';
import { heapAdvice } from './heap-check';

const GIB = 1024 ** 3;

describe('heapAdvice', () => {
  it('is silent when the heap holds the graph (100k families in a 4 GiB heap)', () => {
    expect(heapAdvice(100_000, 4 * GIB)).toBeNull();
  });

  it('names the families, the need, the limit and the NODE_OPTIONS to set (1M families, 4 GiB heap)', () => {
    expect(heapAdvice(1_000_000, 4 * GIB)).toBe(
      "warning: the graph holds 1,000,000 families; the server's analyses may need ~11,719 MiB of Node heap, more than this process may use (4,096 MiB). Start it with NODE_OPTIONS=--max-old-space-size=12288 npm start (see docs/scaling.md).",
    );
  });
});
