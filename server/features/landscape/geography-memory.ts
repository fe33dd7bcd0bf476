/**
 * Geography's flow rows from the in-memory landscape table, with exactly the semantics of the
 * Cypher in geography.ts (an integration test compares both): a family's members in scope, in
 * (priority date, application date, id) order (the table keeps each family's rows in that order);
 * its origin = the first priority number's country of the earliest member that has one, else the
 * first member's office; one row per distinct office in member order, the first one also counting
 * the family for its origin's totals and its PCT use (a WO member in scope).
 */
import type { ScopeQuery } from '@graph-schema/dto/scope';
import type { FlowRow } from './geography';
import { markedScope } from './landscape-memory';
import type { LandscapeTable } from './landscape-table';

const UNKNOWN = 'unknown';

/** The flow rows of the scope (any order: geography.ts sorts them). The query must pass answersInMemory. */
export function geographyFlowsFromTable(table: LandscapeTable, query: ScopeQuery): FlowRow[] {
  const { scratch, epoch, families } = markedScope(table, query);
  const officeName = table.officeCodes.map((code) => (code === '' ? UNKNOWN : code));
  const wo = table.officeCodes.indexOf('WO');
  const flows = new Map<string, FlowRow>();
  const offices: number[] = [];
  for (let f = 0; f < families; f++) {
    const family = scratch.scopeFamilies[f]!;
    let origin = -1;
    let pct = false;
    offices.length = 0;
    for (let i = table.familyStarts[family]!; i < table.familyStarts[family + 1]!; i++) {
      if (scratch.rowMark[i] !== epoch) continue;
      const office = table.office[i]!;
      if (origin < 0 && table.origin[i]! >= 0) origin = table.origin[i]!;
      if (office === wo) pct = true;
      if (!offices.includes(office)) offices.push(office);
    }
    if (offices.length === 0) continue;
    const originName = origin >= 0 ? table.originCodes[origin]! : officeName[offices[0]!]!;
    offices.forEach((office, k) => {
      const key = `${originName}\u0000${officeName[office]}`;
      let row = flows.get(key);
      if (!row) {
        row = {
          origin: originName,
          office: officeName[office]!,
          families: 0,
          originFamilies: 0,
          pctFamilies: 0,
        };
        flows.set(key, row);
      }
      row.families += 1;
      if (k > 0) return;
      row.originFamilies += 1;
      if (pct) row.pctFamilies += 1;
    });
  }
  return [...flows.values()];
}
