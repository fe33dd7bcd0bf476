/** The main-path response always says, in its note, what was dropped or why there is no path. */
import { MainPathQuery } from '@graph-schema/dto/routes';
import type { CitationEdge } from '@server/analytics/citation-graph';
import { snapshotOf } from '@server/platform/snapshot/snapshot';
import type { FamilyRecord } from '@server/platform/snapshot/snapshot-families';
import { describe, expect, it } from 'vitest';
import { mainPathMap } from './main-path-map';

const family = (familyId: string, priorityDate: string): FamilyRecord => ({
  familyId,
  representativeId: `${familyId}-A`,
  memberIds: [`${familyId}-A`],
  publications: [],
  kind: null,
  title: familyId,
  applicant: null,
  priorityYear: Number(priorityDate.slice(0, 4)),
  priorityDay: Date.parse(priorityDate) / 86_400_000,
  jurisdictions: ['CN'],
  familySize: 1,
  familySizeBasis: { value: 1, source: 'inCorpus', inCorpus: 1, exported: null },
  forwardCitations: 0,
  forwardCitationsBasis: {
    value: 0,
    source: 'inCorpus',
    inCorpus: 0,
    exported: null,
    exporter: null,
    loadedOn: null,
  },
  claimsCount: 0,
  claim1Length: null,
  independentClaims: 0,
  legalStatus: 'active',
  expiryDate: null,
  events: [],
  inventors: [],
  cohort: `H01M|${priorityDate.slice(0, 4)}`,
});
const FAMILIES = [family('F1', '2010-01-01'), family('F2', '2012-01-01'), family('F3', '2014-01-01')];
const route = (citations: CitationEdge[]) =>
  mainPathMap(snapshotOf('test', FAMILIES, citations, 3), MainPathQuery.parse({ variant: 'global' }));

describe('mainPathMap note', () => {
  it('gives both dropped-link counts next to the path', async () => {
    // F2 → F1 and F3 → F2 run forward; F1 citing F3 (two years later) runs against time.
    const response = await route([
      ['F2', 'F1'],
      ['F3', 'F2'],
      ['F1', 'F3'],
    ]);
    expect(response.path.map((p) => p.familyId)).toEqual(['F1', 'F2', 'F3']);
    expect(response.droppedLinks).toEqual({ againstTime: 1, inCycles: 0 });
    expect(response.brokenCycleEdges).toBe(1);
    expect(response.note).toMatchObject({
      code: 'map.mainPathDroppedLinks',
      params: { againstTime: 1, inCycles: 0 },
    });
  });

  it('says there are no citation links when the families do not cite each other', async () => {
    const response = await route([]);
    expect(response.path).toEqual([]);
    expect(response.note).toMatchObject({ code: 'map.mainPathNoCitations', params: { families: 3 } });
  });

  it('says the path is empty when every citation link was dropped', async () => {
    const response = await route([['F1', 'F3']]);
    expect(response.path).toEqual([]);
    expect(response.note).toMatchObject({
      code: 'map.mainPathEmpty',
      params: { citationLinks: 1, againstTime: 1, inCycles: 0 },
    });
  });
});
