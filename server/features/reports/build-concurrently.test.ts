import { describe, expect, it } from 'vitest';
import { buildConcurrently } from './build-concurrently';

/** A promise per id that the test settles by hand, in any order. */
function gate() {
  const pending = new Map<string, () => void>();
  let inFlight = 0;
  let mostInFlight = 0;
  const build = (id: string) =>
    new Promise<string>((resolve) => {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      pending.set(id, () => {
        inFlight -= 1;
        resolve(`built ${id}`);
      });
    });
  const release = async (id: string) => {
    pending.get(id)!();
    pending.delete(id);
    // Let the worker take its next id.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { build, release, pending, mostInFlight: () => mostInFlight };
}

describe('buildConcurrently', () => {
  it('reports in the ids order whatever order they finish in, and returns every result', async () => {
    const g = gate();
    const reported: string[] = [];
    const all = buildConcurrently(
      ['a', 'b', 'c', 'd'],
      g.build,
      (id, result) => reported.push(`${id}:${result}`),
      3,
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect([...g.pending.keys()]).toEqual(['a', 'b', 'c']);
    await g.release('c');
    expect(reported).toEqual([]);
    expect([...g.pending.keys()]).toEqual(['a', 'b', 'd']);
    await g.release('a');
    expect(reported).toEqual(['a:built a']);
    await g.release('d');
    await g.release('b');
    expect(await all).toEqual(['built a', 'built b', 'built c', 'built d']);
    expect(reported).toEqual(['a:built a', 'b:built b', 'c:built c', 'd:built d']);
    expect(g.mostInFlight()).toBe(3);
  });

  it('never has more than the given number in flight', async () => {
    const g = gate();
    const all = buildConcurrently(['a', 'b', 'c'], g.build, () => {}, 1);
    for (const id of ['a', 'b', 'c']) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect([...g.pending.keys()]).toEqual([id]);
      await g.release(id);
    }
    await all;
    expect(g.mostInFlight()).toBe(1);
  });
});
