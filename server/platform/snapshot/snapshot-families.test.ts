import { describe, expect, it } from 'vitest';
import { scopeKey } from './snapshot';
import { SnapshotPatentRow } from './snapshot-cypher';
import { FamilyFolder } from './snapshot-families';

// Test rows go through the query's row schema, as streamed rows do.
const row = (overrides: Record<string, unknown>) =>
  SnapshotPatentRow.parse({
    familyId: 'F1',
    jurisdiction: 'CN',
    isGrant: false,
    priorityYear: 2018,
    priorityDate: '2018-03-01',
    publicationDate: '2019-09-01',
    expiryDate: null,
    legalStatus: 'pending',
    legalEventsJson: null,
    claimsCount: 5,
    independentClaims: 1,
    claim1Length: 120,
    familySize: 2,
    cpcSubclasses: ['H01M'],
    title: '一种电池',
    familyMembers: ['CN1A', 'US2B2', 'EP3A1'],
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
    });
    expect(folder.publications).toBe(2);
  });
});

describe('scopeKey', () => {
  it('ignores list order, duplicates and absent fields', () => {
    expect(scopeKey({ dateBasis: 'priority', jurisdiction: ['US', 'CN', 'US'], cpc: undefined })).toBe(
      scopeKey({ jurisdiction: ['CN', 'US'], dateBasis: 'priority' }),
    );
  });
});
