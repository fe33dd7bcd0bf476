/**
 * A screening's phases as a `Server-Timing` header (bench:api reads it to say where the wall time
 * of 8 concurrent screenings goes): `retrieve`, `read`, `chartQueue` (waiting for a chart worker
 * and the message both ways), `chartRun` (the charting itself), `assemble`. Serialising the answer
 * comes after the header is set and is not in it.
 */
import type { PhaseTimer } from './fto';

export interface ScreeningTimer {
  readonly lap: PhaseTimer;
  /** `retrieve;dur=…, read;dur=…, chartQueue;dur=…, chartRun;dur=…, assemble;dur=…` in milliseconds. */
  header(): string;
}

export function screeningTimer(): ScreeningTimer {
  const phases: Array<[name: string, ms: number]> = [];
  let mark = performance.now();
  const lap: PhaseTimer = (phase, runMs) => {
    const now = performance.now();
    const ms = now - mark;
    mark = now;
    if (phase === 'chart' && runMs !== undefined) {
      phases.push(['chartQueue', Math.max(0, ms - runMs)], ['chartRun', runMs]);
    } else phases.push([phase, ms]);
  };
  return { lap, header: () => phases.map(([name, ms]) => `${name};dur=${ms.toFixed(1)}`).join(', ') };
}
