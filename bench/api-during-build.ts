/**
 * The "while a snapshot for another scope is being built" half of `npm run bench:api`: the bench
 * process asks for the core ranking of scopes no other scenario uses (each a cold snapshot build
 * plus a whole-scope ranking), one after another for as long as a scenario runs, so every
 * measured request meets a build in progress. Reports how many builds ran and which share of the
 * scenario's time a build was in progress (a share near 100% means the figures are "during").
 */

/** Scopes no measured scenario touches, each a cold snapshot: an office, then priority-year windows. */
const BUILD_SCOPES = [
  'jurisdiction=US',
  'jurisdiction=EP',
  'jurisdiction=JP',
  ...Array.from({ length: 12 }, (_, k) => `from=${2005 + k}&to=${2014 + k}&dateBasis=priority`),
];

export interface BuildLoad {
  /** Builds finished during the scenario (a last one may still be running at its end). */
  readonly builds: number;
  /** Share of the scenario's wall time during which a build was in progress. */
  readonly busyShare: number;
  readonly buildMs: number[];
}

let nextScope = 0;

export async function whileBuilding<T>(baseUrl: string, scenario: () => Promise<T>): Promise<[T, BuildLoad]> {
  let running = true;
  let busyMs = 0;
  const buildMs: number[] = [];
  let scenarioEnd: number | undefined;
  const started = performance.now();
  const builder = (async () => {
    while (running) {
      const scope = BUILD_SCOPES[nextScope++ % BUILD_SCOPES.length]!;
      const buildStarted = performance.now();
      const response = await fetch(`${baseUrl}/api/core-patents?${scope}&limit=50`);
      await response.text();
      if (!response.ok) throw new Error(`build of ${scope} answered ${response.status}`);
      const ended = performance.now();
      // Only the part of the build that overlapped the scenario counts.
      busyMs += Math.min(ended, scenarioEnd ?? ended) - buildStarted;
      if (running) buildMs.push(ended - buildStarted);
    }
  })();
  // Let the first build start (its Cypher read is under way) before the scenario's first request.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const result = await scenario();
  scenarioEnd = performance.now();
  running = false;
  await builder;
  return [result, { builds: buildMs.length, busyShare: busyMs / (scenarioEnd - started), buildMs }];
}
