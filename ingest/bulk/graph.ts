/**
 * The graph a first load produces, built in memory from the same batch rows the incremental loader
 * sends (ingest/load/rows.ts toBatchRows), statement by statement with the same semantics as
 * ingest/load/statements.ts and link-statements.ts, so the bulk importer's CSV files describe the
 * graph the incremental path would have written (test/ingest-bulk.int.test.ts compares both).
 * Pure: no database. Families: families.ts; links: links.ts.
 */
import { sourceRank } from '@graph-schema/vocabulary/source-precedence';
import type { BatchRows, ClassNodeRow, PartyRow } from '../load/rows';
import { applyFamilies } from './families';
import { applyLinks, LinkCounter, type LinkState } from './links';

export type Props = Record<string, unknown>;

export interface PatentState {
  props: Props;
  /** Outgoing links by kind name (link-statements.ts), keyed by target key. */
  links: LinkState;
}

export interface PartyState {
  name: string;
  kind?: string;
  aliases: string[];
  /** A DROP released it (link-statements.ts DELETE_RELEASED): deleted at the end when unlinked. */
  released: boolean;
}

export interface ClassState {
  level?: string;
  parents: Set<string>;
}

export interface FamilyState {
  kind: string;
  memberIds?: string[];
  /** Publications IN_FAMILY of it. */
  members: Set<string>;
}

export class BulkGraph {
  readonly patents = new Map<string, PatentState>();
  /** Real patents by prioritySignature, for the priority-set family joins. */
  readonly bySignature = new Map<string, Set<string>>();
  readonly offices = new Set<string>();
  readonly families = new Map<string, FamilyState>();
  readonly applicants = new Map<string, PartyState>();
  readonly inventors = new Map<string, PartyState>();
  readonly ipc = new Map<string, ClassState>();
  readonly cpc = new Map<string, ClassState>();
  /** Stubs a DROP released (CITES targets). */
  /** Link counts of deletable nodes and the ones a DROP released (links.ts). */
  readonly counter = new LinkCounter();

  /** Applies one batch as loader.ts runBatch does; returns the ids that were real records before it. */
  applyBatch(rows: BatchRows, dataset: string | null): Set<string> {
    const existing = this.mergePatents(rows, dataset);
    applyFamilies(this, rows);
    mergeParties(this.applicants, rows.applicants, true);
    mergeParties(this.inventors, rows.inventors, false);
    mergeClasses(this.ipc, rows.ipcNodes);
    mergeClasses(this.cpc, rows.cpcNodes);
    applyLinks(this, rows, dataset);
    return existing;
  }

  /** A Patent node, made as a citation stub when absent (MERGE … ON CREATE SET external = true). */
  patent(id: string, office: string): PatentState {
    let patent = this.patents.get(id);
    if (!patent) {
      patent = { props: { id, external: true, office, jurisdiction: office }, links: new Map() };
      this.patents.set(id, patent);
    }
    return patent;
  }

  private mergePatents(rows: BatchRows, dataset: string | null): Set<string> {
    const existing = new Set<string>();
    for (const row of rows.patents) {
      const patent = this.patents.get(row.id);
      const existed = patent?.props.external === false;
      if (existed) existing.add(row.id);
      const state: PatentState = patent ?? { props: { id: row.id }, links: new Map() };
      this.patents.set(row.id, state);
      const p = state.props;
      const wins =
        !existed || sourceRank(p.sourceFormat as string | undefined) <= sourceRank(row.props.sourceFormat);
      const oldSignature = p.prioritySignature as string | undefined;
      for (const [key, value] of Object.entries(row.props)) if (wins || p[key] == null) p[key] = value;
      if (wins) for (const key of Object.keys(row.cleared)) delete p[key];
      p.external = false;
      const datasets = (p.datasets as string[] | undefined) ?? undefined;
      if (dataset !== null && !datasets?.includes(dataset)) p.datasets = [...(datasets ?? []), dataset];
      this.reindexSignature(row.id, oldSignature, p.prioritySignature as string | undefined);
      this.offices.add(row.office);
      p[FILED_IN] = row.office;
    }
    return existing;
  }

  private reindexSignature(id: string, before: string | undefined, after: string | undefined): void {
    if (before === after) return;
    if (before) this.bySignature.get(before)?.delete(id);
    if (after) {
      const ids = this.bySignature.get(after) ?? new Set<string>();
      ids.add(id);
      this.bySignature.set(after, ids);
    }
  }
}

/** Where a patent's FILED_IN office is kept (not a property: the CSV writer skips it). */
export const FILED_IN = '\u0000filedIn';

function mergeParties(target: Map<string, PartyState>, rows: PartyRow[], withKind: boolean): void {
  for (const row of rows) {
    const party = target.get(row.key);
    if (!party) {
      target.set(row.key, {
        name: row.name,
        ...(withKind ? { kind: row.kind } : {}),
        aliases: [...row.spellings],
        released: false,
      });
      continue;
    }
    for (const spelling of row.spellings) if (!party.aliases.includes(spelling)) party.aliases.push(spelling);
  }
}

/**
 * Two phases, as Neo4j plans MERGE_IPC_NODES (an eager barrier between the two MERGEs on one
 * label): every row's node with its level first, then the parents and CHILD_OF links.
 */
function mergeClasses(target: Map<string, ClassState>, rows: ClassNodeRow[]): void {
  for (const row of rows)
    if (!target.has(row.code)) target.set(row.code, { level: row.level, parents: new Set() });
  for (const row of rows) {
    if (row.parent === null) continue;
    if (!target.has(row.parent)) target.set(row.parent, { parents: new Set() });
    target.get(row.code)?.parents.add(row.parent);
  }
}

export const isReal = (patent: PatentState | undefined): patent is PatentState =>
  patent?.props.external === false;
