import { describe, expect, it } from 'vitest';
import { scopeKey } from './snapshot';
import { SnapshotPatentRow } from './snapshot-cypher';
import { FamilyFolder } from './snapshot-families';

// Test rows go through the query's row schema, as streamed rows do.
const row = (overrides: Record<string, unknown>) =>
  SnapshotPatentRow.parse({
    familyId: 'F1',
    jurisdiction: 'CN',
    kind: 'A',
    isGrant: false,
    priorityYear: 2018,
    priorityDate: '2018-03-01',
    applicationDate: '2018-03-01',
    publicationDate: '2019-09-01',
    grantDate: null,
    expiryDate: null,
    legalStatus: 'pending',
    legalEventsJson: null,
    claimsCount: 5,
    independentClaims: 1,
    claim1Length: 120,
    familySize: 2,
    citedCount: null,
    citedCountFormat: null,
    updatedAt: null,
    cpcSubclasses: ['H01M'],
    title: '一种电池',
    family: { memberIds: ['CN1A', 'US2B2', 'EP3A1'], kind: 'exporter-simple' },
    fields: [],
    inventors: ['li'],
    applicants: [{ key: 'acme', name: 'ACME', order: 0 }],
    citingFamilies: [],
    ...overrides,
  });

describe('FamilyFolder', () => {
  it('folds publications into one family record with its evidence', () => {
    const folder = new FamilyFolder();
    folder.add(row({ id: 'CN1A', citingFamilies: ['F2', 'F3', 'F1'] }));
    folder.add(
      row({
        id: 'US2B2',
        jurisdiction: 'US',
        isGrant: true,
        legalStatus: 'active',
        expiryDate: '2038-03-01',
        claim1Length: 90,
        priorityYear: 2017,
        priorityDate: '2017-12-01',
        citingFamilies: ['F3', 'F4'],
        inventors: ['smith'],
        kind: 'B2',
        grantDate: '2021-05-04',
        applicants: [
          { key: 'zeta', name: 'Zeta', order: 1 },
          { key: 'acme', name: 'ACME', order: 0 },
        ],
        legalEventsJson: JSON.stringify([{ code: 'LIC', description: 'licence recorded' }, { code: '转让' }]),
      }),
    );
    const [family] = folder.finish();
    expect(family).toMatchObject({
      familyId: 'F1',
      representativeId: 'US2B2',
      memberIds: ['US2B2', 'CN1A'],
      priorityYear: 2017,
      jurisdictions: ['CN', 'EP', 'US'],
      forwardCitations: 3,
      claim1Length: 90,
      legalStatus: 'active',
      expiryDate: '2038-03-01',
      events: ['licence', 'transfer'],
      inventors: ['li', 'smith'],
      cohort: 'H01M|2017',
      applicant: { key: 'acme', name: 'ACME' },
      kind: 'exporter-simple',
    });
    // The Members sheet's fields, in memberIds order, applicants in filing order.
    expect(family!.publications).toEqual([
      {
        id: 'US2B2',
        familyId: 'F1',
        office: 'US',
        kind: 'B2',
        applicationDate: '2018-03-01',
        priorityDate: '2017-12-01',
        publicationDate: '2019-09-01',
        grantDate: '2021-05-04',
        applicants: ['ACME', 'Zeta'],
      },
      {
        id: 'CN1A',
        familyId: 'F1',
        office: 'CN',
        kind: 'A',
        applicationDate: '2018-03-01',
        priorityDate: '2018-03-01',
        publicationDate: '2019-09-01',
        grantDate: null,
        applicants: ['ACME'],
      },
    ]);
    expect(folder.publications).toBe(2);
  });
});

describe('FamilyFolder forward citations and family size from exporter counts', () => {
  // A Lens export carries counts, not citing lists: the US member was cited 60 times, the EP
  // member 41 times (partly by the same documents), and no family in the corpus cites this one.
  it('uses the largest exported count when the corpus has no citing links, and says so', () => {
    const folder = new FamilyFolder();
    folder.add(
      row({
        id: 'US2B2',
        citedCount: 60,
        citedCountFormat: 'lens',
        updatedAt: '2026-12-04T02:50:00Z',
        familySize: 6,
      }),
    );
    folder.add(
      row({ id: 'EP3A1', citedCount: 41, citedCountFormat: 'lens', updatedAt: '2026-12-03T10:00:00Z' }),
    );
    const [family] = folder.finish();
    expect(family).toMatchObject({
      forwardCitations: 60,
      forwardCitationsBasis: {
        source: 'exporter',
        inCorpus: 0,
        exported: 60,
        exporter: 'lens',
        loadedOn: '2026-12-04',
      },
      familySize: 6,
      familySizeBasis: { source: 'exporter', inCorpus: 2, exported: 6 },
    });
  });

  it('takes the larger of in-corpus citing families and the exported count, naming the source', () => {
    const inCorpusLarger = new FamilyFolder();
    inCorpusLarger.add(
      row({ id: 'CN1A', citingFamilies: ['F2', 'F3', 'F4'], citedCount: 2, citedCountFormat: 'incopat' }),
    );
    expect(inCorpusLarger.finish()[0]).toMatchObject({
      forwardCitations: 3,
      forwardCitationsBasis: { source: 'inCorpus', inCorpus: 3, exported: 2, exporter: 'incopat' },
    });
    const equal = new FamilyFolder();
    equal.add(row({ id: 'CN1A', citingFamilies: ['F2'], citedCount: 1, citedCountFormat: 'patsnap' }));
    expect(equal.finish()[0]!.forwardCitationsBasis.source).toBe('both');
    const zeroBoth = new FamilyFolder();
    zeroBoth.add(row({ id: 'CN1A', citedCount: 0, citedCountFormat: 'lens' }));
    expect(zeroBoth.finish()[0]!.forwardCitationsBasis).toMatchObject({ value: 0, source: 'exporter' });
    const noCount = new FamilyFolder();
    noCount.add(row({ id: 'CN1A', citingFamilies: ['F2'], familySize: null }));
    expect(noCount.finish()[0]).toMatchObject({
      forwardCitations: 1,
      forwardCitationsBasis: {
        source: 'inCorpus',
        inCorpus: 1,
        exported: null,
        exporter: null,
        loadedOn: null,
      },
      familySize: 1,
      familySizeBasis: { source: 'inCorpus', inCorpus: 1, exported: null },
    });
  });
});

describe('scopeKey', () => {
  it('ignores list order, duplicates and absent fields', () => {
    expect(scopeKey({ dateBasis: 'priority', jurisdiction: ['US', 'CN', 'US'], cpc: undefined })).toBe(
      scopeKey({ jurisdiction: ['CN', 'US'], dateBasis: 'priority' }),
    );
  });
});
