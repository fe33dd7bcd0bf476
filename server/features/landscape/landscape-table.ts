/**
 * The landscape's compact in-memory table: one row per real publication with its family, the
 * year under each date basis, office, classification codes and applicants, read from Neo4j in
 * one pass and kept until the data version changes. Landscape answers for any year window,
 * office or class prefix are then computed in milliseconds instead of one Cypher aggregation
 * over the whole graph per request.
 */

import type { Database } from '@graph-schema/db/driver';
import type { DateBasis } from '@graph-schema/dto/scope';
import { VersionedCache } from '@server/platform/cache/versioned-cache';
import type { ServerContext } from '@server/platform/context';
import { DataVersion } from '@server/platform/data-version/data-version';
import { readDataVersion } from '@server/platform/data-version/read-data-version';
import { readRows, streamRows } from '@server/platform/db/read';
import { entityKeyOf, entityNameOf } from '@server/platform/scope/applicant-entity';
import { taggedChainNodes } from '@server/platform/scope/branch-membership';
import { visibilityKey, visiblePatentWhere } from '@server/platform/visibility/visibility';
import { z } from 'zod';
import { LandscapeTableBuilder } from './landscape-table-builder';

/** Per row r, the ids ids[starts[r] .. starts[r + 1]) into `codes`; ids follow the codes' sorted order. */
export interface CodeLists {
  starts: Int32Array;
  ids: Int32Array;
  codes: string[];
}

/** The publications ordered by one date basis' year: year years[k]'s rows are order[starts[k] .. starts[k + 1]). */
export interface YearOrder {
  order: Int32Array;
  /** The distinct years, ascending (0 = no such date, first). */
  years: Int16Array;
  starts: Int32Array;
}

export interface LandscapeTable {
  size: number;
  familyCount: number;
  /** Family index per publication. */
  family: Int32Array;
  /**
   * Rows are grouped by family: family f's publications are rows familyStarts[f] .. familyStarts[f + 1]
   * (families ordered by earliest priority year, so a window's families are near each other), and
   * within a family by (priority date, application date, id), missing dates last, as geography orders them.
   */
  familyStarts: Int32Array;
  /** Year per date basis; 0 = the publication has no such date. */
  years: Record<DateBasis, Int16Array>;
  /** The publications by year per date basis, so a year window reads only its own rows. */
  byYear: Record<DateBasis, YearOrder>;
  /** Office id per publication (into officeCodes; '' = none). */
  office: Int32Array;
  officeCodes: string[];
  /** CPC / IPC codes per publication, sorted ids: the codes under a prefix are one id range. */
  cpc: CodeLists;
  ipc: CodeLists;
  /** CPC subclasses per publication, each once. */
  cpcSubclasses: CodeLists;
  /**
   * Applicant entity keys per publication, each once; ids ordered by name, then first appearance
   * (the ranking's tie order), with their names in applicantNames.
   */
  applicants: CodeLists;
  applicantNames: string[];
  /** Id into originCodes of the country of the publication's first priority number; -1 = none. */
  origin: Int16Array;
  originCodes: string[];
  /**
   * For trends (trends-memory.ts): the application per publication, an id of its
   * coalesce(applicationNumber, id) numbered in first-seen order (applicationCount ids), and
   * 1 where the publication is a grant (isGrant). 5 bytes a row.
   */
  application: Int32Array;
  applicationCount: number;
  granted: Uint8Array;
  /**
   * For composition (composition-memory.ts): per publication its chain nodes (the lineage, segment
   * and chain of each leaf it is TAGGED with) and its WIPO fields (IN_FIELD), each once, with the
   * fields' names and sectors by id.
   */
  chainNodes: CodeLists;
  fields: CodeLists;
  fieldInfo: Array<{ name: string; sector: string | null }>;
  /**
   * Keys of Applicant nodes a merge folded into another entity. The table keeps entities only, but a
   * scope naming such a key selects that node's own publications (applicant-entity.ts `inEntities`),
   * so those scopes go to Cypher (landscape-memory.ts `tableAnswers`).
   */
  mergedAliases: ReadonlySet<string>;
}

const ROWS = (visible: string) => `
MATCH (p:Patent) WHERE p.external = false AND ${visible}
RETURN p.familyId AS family, p.priorityYear AS priority, p.applicationYear AS application,
  p.publicationYear AS publication, p.jurisdiction AS office, coalesce(p.cpcCodes, []) AS cpc,
  toString(p.priorityDate) AS priorityDate, toString(p.applicationDate) AS applicationDate, p.id AS id,
  left(coalesce(p.priorityNumbers, [])[0], 2) AS origin,
  coalesce(p.applicationNumber, p.id) AS applicationKey, coalesce(p.isGrant, false) AS granted,
  ${taggedChainNodes('p')} AS chainNodes,
  [(p)-[:IN_FIELD]->(f:TechField) | [f.id, f.name, f.sector]] AS fields,
  coalesce(p.cpcSubclasses, []) AS cpcSub, coalesce(p.ipcCodes, []) AS ipc,
  [(p)-[:FILED_BY]->(a:Applicant) | [${entityKeyOf('a')}, ${entityNameOf('a')}]] AS applicants`;

const MERGED_ALIASES = `
MATCH (a:Applicant) WHERE a.entityKey IS NOT NULL AND a.entityKey <> a.key RETURN a.key AS key`;
const AliasRow = z.object({ key: z.string() });

/** One publication as ROWS returns it. */
export const LandscapeRow = z.object({
  family: z.string().nullable(),
  priority: z.number().nullable(),
  application: z.number().nullable(),
  publication: z.number().nullable(),
  office: z.string().nullable(),
  cpc: z.array(z.string()),
  cpcSub: z.array(z.string()),
  ipc: z.array(z.string()),
  applicants: z.array(z.tuple([z.string(), z.string()])),
  // For geography (geography-memory.ts): a family's members in (priority date, application date,
  // id) order, and the country of a publication's first priority number. Optional: rows saved
  // before they were read (bench/landscape-rows.ts) and unit-test rows leave them out.
  priorityDate: z.string().nullish(),
  applicationDate: z.string().nullish(),
  id: z.string().nullish(),
  origin: z.string().nullish(),
  // For trends: the application the publication belongs to and whether it is a grant. Optional
  // like the above (a row without applicationKey is its own application).
  applicationKey: z.string().nullish(),
  granted: z.boolean().nullish(),
  // For composition: each TAGGED leaf's lineage + [segment, chain] (null when the leaf has no
  // lineage, as `null + list` is in Cypher), and the IN_FIELD fields as [id, name, sector].
  chainNodes: z.array(z.array(z.string().nullable()).nullable()).nullish(),
  fields: z.array(z.tuple([z.string(), z.string(), z.string().nullable()])).nullish(),
});

/** The table's query: only what the request's user may see (platform/visibility), so one table per workspace set. */
export function landscapeRowsQuery(): { cypher: string; params: Record<string, unknown> } {
  const visible = visiblePatentWhere('p');
  return { cypher: ROWS(visible.where), params: visible.params };
}

export async function buildLandscapeTable(db: Database): Promise<LandscapeTable> {
  const { cypher, params } = landscapeRowsQuery();
  const [table, aliases] = await Promise.all([
    streamRows(db, LandscapeRow, cypher, params, () => {
      const builder = new LandscapeTableBuilder();
      return { onRow: (row) => builder.add(row), finish: () => builder.finish() };
    }),
    readRows(db, AliasRow, MERGED_ALIASES),
  ]);
  return { ...table, mergedAliases: new Set(aliases.map((alias) => alias.key)) };
}

/** The compact table of the publications' rows (pure: unit tests build small tables with it). */
export function landscapeTableOf(rows: readonly z.infer<typeof LandscapeRow>[]): LandscapeTable {
  const builder = new LandscapeTableBuilder();
  for (const row of rows) builder.add(row);
  return builder.finish();
}

/** One table per data version and visible workspace set; concurrent first requests share one build. */
export class LandscapeTables {
  private readonly tables: VersionedCache<LandscapeTable>;

  constructor(
    private readonly db: Database,
    dataVersion = new DataVersion(() => readDataVersion(db)),
  ) {
    this.tables = new VersionedCache(dataVersion, {
      maxEntries: 8,
      maxBytes: Number.POSITIVE_INFINITY,
      sizeOf: (table) => table.size,
    });
  }

  get(): Promise<LandscapeTable> {
    return this.tables.get(visibilityKey(), () => buildLandscapeTable(this.db));
  }
}

const tablesByContext = new WeakMap<ServerContext, LandscapeTables>();

/**
 * The one set of tables of a server context: the landscape routes and the report chapters share it,
 * so a report built in the server reads the table the dashboard already holds.
 */
export function landscapeTablesOf(context: ServerContext): LandscapeTables {
  let tables = tablesByContext.get(context);
  if (!tables) {
    tables = new LandscapeTables(context.db, context.dataVersion);
    tablesByContext.set(context, tables);
  }
  return tables;
}
