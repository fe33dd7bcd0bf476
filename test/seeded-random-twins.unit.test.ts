/**
 * The web app keeps its own Mulberry32 (web/src/graph/seeded-random.ts) because the browser may not
 * import server code (test/architecture/import-rules.ts); this test, which may import both, keeps the
 * two generators the same sequence so a seed means the same thing on both sides.
 */
import { mulberry32 as serverMulberry32 } from '@server/analytics/seeded-random';
import { mulberry32 as webMulberry32 } from '@web/src/graph/seeded-random';
import { expect, it } from 'vitest';

it('the web and server Mulberry32 give the same sequence for a seed', () => {
  const web = webMulberry32(42);
  const server = serverMulberry32(42);
  const sequence = Array.from({ length: 5 }, () => web());
  expect(sequence).toStrictEqual(Array.from({ length: 5 }, () => server()));
  expect(new Set(sequence).size).toBe(5);
});
