/**
 * Builds report chapters a few at a time. The body chapters are independent of each other (only the
 * summary chapters read what others produced), and each one mostly waits on Neo4j, which answers
 * several queries at once; built one after the other, the 100k-family report left a core idle for
 * most of its build (docs/decisions/2026-12-04-report-bench-100k.md). Chapters that need the same
 * analysis snapshot share one build of it: the snapshot cache keeps the promise of a build in progress.
 *
 * `done` is called in the items' order, whatever order they finish in, so progress reads the same on
 * every run (the CLI prints it, test/report-cli.int.test.ts checks it).
 */

/** How many chapters are in flight at once: two cores for Neo4j plus one for Node's own work. */
export const CHAPTER_CONCURRENCY = 3;

export async function buildConcurrently<Id, Result>(
  ids: readonly Id[],
  build: (id: Id) => Promise<Result>,
  done: (id: Id, result: Result) => void,
  concurrency: number = CHAPTER_CONCURRENCY,
): Promise<Result[]> {
  const results: Result[] = new Array(ids.length);
  const finished: boolean[] = new Array(ids.length).fill(false);
  let next = 0;
  let reported = 0;
  const reportInOrder = () => {
    while (reported < ids.length && finished[reported]) {
      done(ids[reported]!, results[reported]!);
      reported += 1;
    }
  };
  const worker = async () => {
    while (next < ids.length) {
      const index = next++;
      results[index] = await build(ids[index]!);
      finished[index] = true;
      reportInOrder();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, worker));
  return results;
}
