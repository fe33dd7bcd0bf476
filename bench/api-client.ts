/**
 * The load generator of `npm run bench:api`, run as a separate process (forked by bench/api.ts)
 * so the client's work does not share the server's event loop. Receives scenarios over IPC, runs
 * each with a fixed number of concurrent clients, and sends back every latency.
 */
export interface Scenario {
  readonly name: string;
  readonly requests: readonly { method: 'GET' | 'POST'; path: string; body?: unknown }[];
  readonly concurrency: number;
}

export interface ScenarioResult {
  readonly name: string;
  readonly latenciesMs: number[];
  readonly wallMs: number;
  readonly failures: number;
  readonly firstError?: string;
  /** Each `Server-Timing` phase's durations (ms), for the responses that had the header. */
  readonly serverTimings: Record<string, number[]>;
  /** The slowest requests (most first): latency, start after the scenario began, Server-Timing header. */
  readonly slowest: ReadonlyArray<{ ms: number; atMs: number; serverTiming: string | null }>;
}

const SLOWEST_KEPT = 5;

/** `retrieve;dur=8.1, chartQueue;dur=40.2` → each phase's duration added to `into`. */
function addServerTiming(header: string | null, into: Record<string, number[]>): void {
  for (const part of header?.split(',') ?? []) {
    const match = /^\s*([\w-]+);dur=([\d.]+)/.exec(part);
    if (!match) continue;
    into[match[1]!] ??= [];
    into[match[1]!]!.push(Number(match[2]));
  }
}

async function run(baseUrl: string, scenario: Scenario): Promise<ScenarioResult> {
  const latenciesMs: number[] = [];
  let failures = 0;
  let firstError: string | undefined;
  const serverTimings: Record<string, number[]> = {};
  const all: Array<{ ms: number; atMs: number; serverTiming: string | null }> = [];
  let next = 0;
  const worker = async () => {
    while (next < scenario.requests.length) {
      const request = scenario.requests[next++]!;
      const started = performance.now();
      const response = await fetch(baseUrl + request.path, {
        method: request.method,
        ...(request.body === undefined
          ? {}
          : { body: JSON.stringify(request.body), headers: { 'content-type': 'application/json' } }),
      });
      const text = await response.text();
      const ms = performance.now() - started;
      latenciesMs.push(ms);
      const serverTiming = response.headers.get('server-timing');
      addServerTiming(serverTiming, serverTimings);
      all.push({ ms, atMs: started - scenarioStarted, serverTiming });
      if (!response.ok) {
        failures++;
        firstError ??= `${response.status} ${request.path}: ${text.slice(0, 200)}`;
      }
    }
  };
  const scenarioStarted = performance.now();
  await Promise.all(Array.from({ length: scenario.concurrency }, worker));
  return {
    name: scenario.name,
    latenciesMs,
    wallMs: performance.now() - scenarioStarted,
    failures,
    serverTimings,
    slowest: all.sort((a, b) => b.ms - a.ms).slice(0, SLOWEST_KEPT),
    ...(firstError ? { firstError } : {}),
  };
}

process.on('message', (message: { baseUrl: string; scenario: Scenario }) => {
  run(message.baseUrl, message.scenario).then(
    (result) => process.send?.(result),
    (error: unknown) => process.send?.({ name: message.scenario.name, error: String(error) }),
  );
});
