/**
 * The applicant, inventor and class nodes one ingest run has already written and committed, so
 * later batches of the run skip re-MERGEing them (a classification or a large applicant recurs in
 * nearly every batch). A party row is skipped only when every spelling it carries was written
 * already (MERGE_APPLICANTS accumulates aliases). Remembered only after the batch's transaction
 * committed, so a retried or failed transaction leaves nothing behind. Applicants and inventors
 * can be deleted within a run (DELETE_RELEASED, when a re-ingested record dropped its last link to
 * one), so the loader forgets every party after a batch that released anything; classes are never
 * deleted by a load. Pure bookkeeping: no database.
 */
import type { BatchRows, ClassNodeRow, PartyRow } from './rows';

export type NodeRows = Pick<BatchRows, 'applicants' | 'inventors' | 'ipcNodes' | 'cpcNodes'>;

export class WrittenNodes {
  private readonly spellings = {
    applicants: new Map<string, Set<string>>(),
    inventors: new Map<string, Set<string>>(),
  };
  private readonly codes = { ipcNodes: new Set<string>(), cpcNodes: new Set<string>() };

  /** The batch's node rows this run has not written yet. */
  unwritten(rows: NodeRows): NodeRows {
    const partyNew = (known: Map<string, Set<string>>) => (row: PartyRow) => {
      const spellings = known.get(row.key);
      return !spellings || row.spellings.some((spelling) => !spellings.has(spelling));
    };
    const classNew = (known: Set<string>) => (row: ClassNodeRow) => !known.has(row.code);
    return {
      applicants: rows.applicants.filter(partyNew(this.spellings.applicants)),
      inventors: rows.inventors.filter(partyNew(this.spellings.inventors)),
      ipcNodes: rows.ipcNodes.filter(classNew(this.codes.ipcNodes)),
      cpcNodes: rows.cpcNodes.filter(classNew(this.codes.cpcNodes)),
    };
  }

  /** After the batch committed: its node rows exist in the graph. */
  remember(rows: NodeRows): void {
    for (const kind of ['applicants', 'inventors'] as const) {
      const known = this.spellings[kind];
      for (const row of rows[kind]) {
        const spellings = known.get(row.key) ?? new Set<string>();
        for (const spelling of row.spellings) spellings.add(spelling);
        known.set(row.key, spellings);
      }
    }
    for (const kind of ['ipcNodes', 'cpcNodes'] as const)
      for (const row of rows[kind]) this.codes[kind].add(row.code);
  }

  /** A batch deleted released applicants or inventors: none of the remembered ones is certain any more. */
  forgetParties(): void {
    this.spellings.applicants.clear();
    this.spellings.inventors.clear();
  }
}
