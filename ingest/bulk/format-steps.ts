/** The bulk load's step times as one line for the CLI (and the benchmark's step split). */
import type { BulkOutcome } from './run';

export function formatSteps(outcome: Pick<BulkOutcome, 'steps' | 'nodes' | 'relationships'>): string {
  const parts = Object.entries(outcome.steps).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`);
  return `bulk load: ${outcome.nodes} nodes, ${outcome.relationships} relationships imported; ${parts.join(', ')}`;
}
