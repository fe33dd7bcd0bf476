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
import { DataVersion } from '@server/platform/data-version/data-version';
import { readDataVersion } from '@server/platform/data-version/read-data-version';
import { readRows } from '@server/platform/db/read';
import { entityKeyOf, entityNameOf } from '@server/platform/scope/applicant-entity';
import { visibilityKey, visiblePatentWhere } from '@server/platform/visibility/visibility';
import { z } from 'zod';

export interface LandscapeTable {
  size: number;
  /** Family index per publication. */
  family: Int32Array;
  familyCount: number;
  /** Year per date basis; 0 = the publication has no such date. */
  years: Record<DateBasis, Int16Array>;
  office: string[];
  cpcCodes: string[][];
  /** CPC subclass indices per publication (into subclassCodes), each subclass once. */
  cpcSubclasses: Int32Array[];
  subclassCodes: string[];
  /** Publication indices ordered by family, so one pass sees each family's members together. */
  byFamily: Int32Array;
  ipcCodes: string[][];
  /** Applicant indices per publication (into applicantKeys / applicantNames). */
  applicants: Int32Array[];
  applicantKeys: string[];
  applicantNames: string[];
}

const ROWS = (visible: string) => `
MATCH (p:Patent) WHERE p.external = false AND ${visible}
RETURN p.familyId AS family, p.priorityYear AS priority, p.applicationYear AS application,
  p.publicationYear AS publication, p.jurisdiction AS office, coalesce(p.cpcCodes, []) AS cpc,
  coalesce(p.cpcSubclasses, []) AS cpcSub, coalesce(p.ipcCodes, []) AS ipc,
  [(p)-[:FILED_BY]->(a:Applicant) | [${entityKeyOf('a')}, ${entityNameOf('a')}]] AS applicants`;

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
});

function indexer<T>(): { index: (value: T) => number; values: T[] } {
  const positions = new Map<T, number>();
  const values: T[] = [];
  return {
    values,
    index(value) {
      let position = positions.get(value);
      if (position === undefined) {
        position = values.length;
        positions.set(value, position);
        values.push(value);
      }
      return position;
    },
  };
}

export async function buildLandscapeTable(db: Database): Promise<LandscapeTable> {
  // Only what the request's user may see (platform/visibility): one table per workspace set.
  const visible = visiblePatentWhere('p');
  return landscapeTableOf(await readRows(db, LandscapeRow, ROWS(visible.where), visible.params));
}

/** The compact table of the publications' rows (pure: unit tests build small tables with it). */
export function landscapeTableOf(rows: readonly z.infer<typeof LandscapeRow>[]): LandscapeTable {
  const families = indexer<string>();
  const applicants = indexer<string>();
  const names: string[] = [];
  const subclasses = indexer<string>();
  const table: LandscapeTable = {
    size: rows.length,
    family: new Int32Array(rows.length),
    familyCount: 0,
    years: {
      priority: new Int16Array(rows.length),
      application: new Int16Array(rows.length),
      publication: new Int16Array(rows.length),
    },
    office: [],
    cpcCodes: [],
    cpcSubclasses: [],
    subclassCodes: subclasses.values,
    byFamily: new Int32Array(rows.length),
    ipcCodes: [],
    applicants: [],
    applicantKeys: applicants.values,
    applicantNames: names,
  };
  rows.forEach((row, i) => {
    // A publication without a family id is its own family (never merged with another).
    table.family[i] = families.index(row.family ?? `publication:${i}`);
    table.years.priority[i] = row.priority ?? 0;
    table.years.application[i] = row.application ?? 0;
    table.years.publication[i] = row.publication ?? 0;
    table.office.push(row.office ?? '');
    table.cpcCodes.push(row.cpc);
    table.cpcSubclasses.push(Int32Array.from(new Set(row.cpcSub), (code) => subclasses.index(code)));
    table.ipcCodes.push(row.ipc);
    table.applicants.push(
      // A set: two spellings merged into one curated entity count it once per publication.
      Int32Array.from(
        new Set(
          row.applicants.map(([key, name]) => {
            const position = applicants.index(key);
            names[position] ??= name;
            return position;
          }),
        ),
      ),
    );
  });
  table.familyCount = families.values.length;
  table.byFamily = Int32Array.from(rows.keys()).sort((a, b) => table.family[a]! - table.family[b]!);
  return table;
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
