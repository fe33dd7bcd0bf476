/**
 * The graph a first load produces, built in memory from the same batch rows the incremental loader
 * sends (ingest/load/rows.ts toBatchRows), statement by statement with the same semantics as
 * ingest/load/statements.ts and link-statements.ts, so the bulk importer's CSV files describe the
 * graph the incremental path would have written (test/ingest-bulk.int.test.ts compares both).
 * No database. Families: families.ts; links: links.ts. Sized for a million families (issue 15):
 * long texts live in a temporary file (text-spill.ts), each patent's properties in one fixed-shape
 * object, links in small lists with interned properties (link-list.ts).
 */
import { PATENT_DATE_PROPERTIES } from '@graph-schema/stored/patent';
import { sourceRank } from '@graph-schema/vocabulary/source-precedence';
import { LINK_KIND_NAMES, type LinkKindName } from '../load/link-statements';
import type { BatchRows, ClassNodeRow, PartyRow } from '../load/rows';
import { applyFamilies } from './families';
import { PATENT_COLUMNS } from './headers';
import { Interner, LinkList } from './link-list';
import { applyLinks, LinkCounter } from './links';
import { SPILLED_TEXTS, type SpilledTexts, type TextSpill } from './text-spill';

export type Props = Record<string, unknown>;

/** Where a patent's FILED_IN office is kept (not a property: the CSV writer skips it). */
export const FILED_IN = '\u0000filedIn';
/** The offset of the patent's latest line in the text spill file (text-spill.ts). */
export const TEXTS_AT = '\u0000textsAt';
/** How many counted links touch the patent (links.ts LinkCounter). */
export const DEGREE = '\u0000degree';

const SPILLED = new Set<string>(SPILLED_TEXTS);
/** Every property a Patent can have, absent as undefined: one hidden class for every patent. */
const PATENT_SHAPE: Props = Object.fromEntries(
  [...PATENT_COLUMNS.map((column) => column.name), FILED_IN, TEXTS_AT, DEGREE].map((name) => [
    name,
    undefined,
  ]),
);
const newProps = (init: Props): Props => Object.assign({ ...PATENT_SHAPE }, init);

const KIND_INDEX = new Map(LINK_KIND_NAMES.map((kind, i) => [kind, i]));
const noLinks = (): unknown[] => [];

/** Values repeated across many patents, shared instead of one copy per record. */
const SHARED_STRINGS = new Set([
  'office',
  'jurisdiction',
  'kind',
  'type',
  'legalStatus',
  'legalStatusRaw',
  'inactiveReason',
  'expiryBasis',
  'sourceFile',
  'sourceFormat',
  'citedCountFormat',
  ...PATENT_DATE_PROPERTIES,
]);
const SHARED_LISTS = new Set(['cpcSubclasses', 'ipcSubclasses']);
/** Lists of few distinct items (class codes): each item shared. */
const CODE_LISTS = new Set(['cpcCodes', 'ipcCodes']);

export interface PatentState {
  props: Props;
  /** Outgoing links of every kind (link-list.ts LinkHolder). */
  links: unknown[];
}

/** The patent's links of one kind (a view of its one link array). */
export function linksOf(patent: PatentState, kind: LinkKindName): LinkList {
  return new LinkList(patent, KIND_INDEX.get(kind)!);
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
  /** How many publications are IN_FAMILY of it (a family left with none is deleted). */
  members: number;
}

export class BulkGraph {
  readonly patents = new Map<string, PatentState>();
  /** Real patents by prioritySignature (one id, or several), for the priority-set family joins. */
  readonly bySignature = new Map<string, string | string[]>();
  readonly offices = new Set<string>();
  readonly families = new Map<string, FamilyState>();
  readonly applicants = new Map<string, PartyState>();
  readonly inventors = new Map<string, PartyState>();
  readonly ipc = new Map<string, ClassState>();
  readonly cpc = new Map<string, ClassState>();
  /** Link counts of deletable nodes and the ones a DROP released (links.ts). */
  readonly counter = new LinkCounter(this.patents);
  readonly interner = new Interner();

  constructor(readonly texts: TextSpill) {}

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
      const shared = this.interner.string(office);
      patent = {
        props: newProps({ id, external: true, office: shared, jurisdiction: shared }),
        links: noLinks(),
      };
      this.patents.set(id, patent);
    }
    return patent;
  }

  /** Drops everything held (after the CSV files are written). */
  release(): void {
    for (const map of [this.patents, this.bySignature, this.families, this.applicants, this.inventors])
      map.clear();
    this.ipc.clear();
    this.cpc.clear();
    this.counter.degree.clear();
    this.interner.clear();
  }

  /** Real patents with the signature. */
  withSignature(signature: string | null): readonly string[] {
    const ids = signature ? this.bySignature.get(signature) : undefined;
    return ids === undefined ? [] : typeof ids === 'string' ? [ids] : ids;
  }

  /** The patent's spilled texts (text-spill.ts), or none. */
  textsOf(patent: PatentState): SpilledTexts {
    const at = patent.props[TEXTS_AT] as number | undefined;
    return at === undefined ? {} : this.texts.read(at);
  }

  private mergePatents(rows: BatchRows, dataset: string | null): Set<string> {
    const existing = new Set<string>();
    for (const row of rows.patents) {
      const patent = this.patents.get(row.id);
      const existed = patent?.props.external === false;
      if (existed) existing.add(row.id);
      const state: PatentState = patent ?? { props: newProps({ id: row.id }), links: noLinks() };
      this.patents.set(row.id, state);
      const p = state.props;
      const wins =
        !existed || sourceRank(p.sourceFormat as string | undefined) <= sourceRank(row.props.sourceFormat);
      const oldSignature = p.prioritySignature as string | undefined;
      this.mergeTexts(state, row, wins);
      for (const [key, value] of Object.entries(row.props))
        if (!SPILLED.has(key) && (wins || p[key] == null)) p[key] = this.shared(key, value);
      if (wins) for (const key of Object.keys(row.cleared)) p[key] = undefined;
      p.external = false;
      const datasets = (p.datasets as readonly string[] | undefined) ?? undefined;
      if (dataset !== null && !datasets?.includes(dataset))
        p.datasets = this.interner.list([...(datasets ?? []), dataset]);
      this.reindexSignature(row.id, oldSignature, p.prioritySignature as string | undefined);
      this.offices.add(row.office);
      p[FILED_IN] = row.office;
    }
    return existing;
  }

  private shared(key: string, value: unknown): unknown {
    if (SHARED_STRINGS.has(key) && typeof value === 'string') return this.interner.string(value);
    if (SHARED_LISTS.has(key) && Array.isArray(value)) return this.interner.list(value as string[]);
    if (CODE_LISTS.has(key) && Array.isArray(value))
      return (value as string[]).map((code) => this.interner.string(code));
    return value;
  }

  /** The same rule as the other properties (`wins || absent`), applied to the spilled texts. */
  private mergeTexts(state: PatentState, row: BatchRows['patents'][number], wins: boolean): void {
    const props = row.props as Props;
    if (!SPILLED_TEXTS.some((key) => props[key] != null)) return;
    const texts = this.textsOf(state);
    let changed = false;
    for (const key of SPILLED_TEXTS) {
      const value = props[key];
      if (value == null || !(wins || texts[key] == null)) continue;
      texts[key] = value;
      changed = true;
    }
    if (changed) state.props[TEXTS_AT] = this.texts.append(row.id, texts);
  }

  private reindexSignature(id: string, before: string | undefined, after: string | undefined): void {
    if (before === after) return;
    if (before) {
      const ids = this.bySignature.get(before);
      if (ids === id) this.bySignature.delete(before);
      else if (Array.isArray(ids)) {
        const rest = ids.filter((other) => other !== id);
        this.bySignature.set(before, rest.length === 1 ? rest[0]! : rest);
      }
    }
    if (after) {
      const ids = this.bySignature.get(after);
      if (ids === undefined) this.bySignature.set(after, id);
      else if (typeof ids === 'string') {
        if (ids !== id) this.bySignature.set(after, [ids, id]);
      } else if (!ids.includes(id)) ids.push(id);
    }
  }
}

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
