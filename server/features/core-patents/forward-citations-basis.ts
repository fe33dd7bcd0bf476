/**
 * The basis sentence of the forward-citation components for a scope: how many families took the
 * exporter's count, the in-corpus citing families or both (equal), which exporters gave counts,
 * and the days their records were loaded. Exports carry no export date (the Lens CSV has no such
 * column), so the load day is the stated bound: a count is as exported on or before that day.
 */
import type { SignalSource } from '@graph-schema/dto/core-patents';
import { explainNote } from '@server/platform/explanations/notes';
import type { FamilyRecord } from '@server/platform/snapshot/snapshot-families';

export function forwardCitationsBasis(families: readonly FamilyRecord[]) {
  const bySource: Record<SignalSource, number> = { inCorpus: 0, exporter: 0, both: 0 };
  const exporters = new Set<string>();
  const days: string[] = [];
  let withCounts = 0;
  for (const { forwardCitationsBasis: basis } of families) {
    bySource[basis.source]++;
    if (basis.exported === null) continue;
    withCounts++;
    if (basis.exporter) exporters.add(basis.exporter);
    if (basis.loadedOn) days.push(basis.loadedOn);
  }
  if (withCounts === 0) return explainNote('note.forwardCitationsInCorpus', { families: families.length });
  days.sort();
  return explainNote('note.forwardCitationsBasis', {
    exporterFamilies: bySource.exporter,
    inCorpusFamilies: bySource.inCorpus,
    bothFamilies: bySource.both,
    familiesWithCounts: withCounts,
    // A count from a database loaded before the export format was recorded has no exporter.
    exporters: [...exporters].sort().join(', ') || 'unknown',
    loadedFrom: days[0] ?? 'unknown',
    loadedTo: days.at(-1) ?? 'unknown',
  });
}
