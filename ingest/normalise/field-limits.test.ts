import { describe, expect, it } from 'vitest';
import { emptyRecord, type Party, type PatentRecord } from '../record';
import { applyFieldLimits, FIELD_LIMITS, truncated } from './field-limits';

function record(): PatentRecord {
  return emptyRecord(
    { id: 'CN112345678A', office: 'CN', number: '112345678', kind: 'A' },
    { file: 'export.csv', line: 7, format: 'lens' },
  );
}

const party = (name: string): Party => ({ raw: name, name, key: name.toLowerCase(), kind: 'organisation' });
const limitOf = (field: string) => FIELD_LIMITS.find((rule) => rule.field === field)!.max;
const long = (length: number, letter = 'x') => letter.repeat(length);

describe('field length limits', () => {
  it('leaves a record within every limit untouched and warns nothing', () => {
    const r = record();
    r.title = { en: 'Battery cathode', zh: '电池正极' };
    r.applicants = [party('Acme Battery Co')];
    const before = structuredClone(r);
    expect(applyFieldLimits(r)).toEqual({ ok: true, warnings: [] });
    expect(r).toEqual(before);
  });

  it.each(['title', 'abstract'] as const)(
    'cuts an over-long %s to the limit with a warning per language',
    (part) => {
      const max = limitOf(part);
      const r = record();
      r[part] = { en: long(max + 500), zh: long(max, '电') };
      const outcome = applyFieldLimits(r);
      expect(r[part].en).toHaveLength(max);
      expect(r[part].en!.endsWith('…')).toBe(true);
      expect(r[part].zh).toBe(long(max, '电')); // exactly at the limit: kept as is
      expect(outcome).toEqual({
        ok: true,
        warnings: [
          {
            code: 'FIELD_TRUNCATED',
            field: `${part}.en`,
            message: `${part}.en shortened from ${max + 500} characters to ${max}`,
          },
        ],
      });
    },
  );

  it('cuts each over-long claim text and names the claim', () => {
    const max = limitOf('claims[].text');
    const r = record();
    r.claims = [
      { number: 1, text: 'A cathode.', dependsOn: [] },
      { number: 2, text: long(max * 3), dependsOn: [1] },
    ];
    const outcome = applyFieldLimits(r);
    expect(r.claims.map((claim) => claim.text.length)).toEqual([10, max]);
    expect(outcome.ok && outcome.warnings.map((w) => w.field)).toEqual(['claims[2].text']);
  });

  it('cuts over-long party names, keys and aliases alike, so spellings still merge', () => {
    const max = limitOf('parties');
    const r = record();
    const name = long(max + 10, 'A');
    r.applicants = [{ ...party(name), alsoWritten: [long(max + 1, 'B')] }];
    r.inventors = [party('Li Wei')];
    const outcome = applyFieldLimits(r);
    const [applicant] = r.applicants;
    expect([applicant!.raw.length, applicant!.name.length, applicant!.key.length]).toEqual([max, max, max]);
    expect(applicant!.alsoWritten![0]).toHaveLength(max);
    expect(r.inventors[0]!.name).toBe('Li Wei');
    expect(outcome.ok && outcome.warnings.map((w) => w.field)).toEqual([
      'applicants[].raw',
      'applicants[].name',
      'applicants[].key',
      'applicants[].alsoWritten',
    ]);
  });

  it('cuts the legal status text and event descriptions', () => {
    const r = record();
    r.legal = {
      status: 'active',
      raw: long(limitOf('legal.raw') + 1),
      events: [{ code: 'LIC', description: long(limitOf('legal.events[].description') + 1) }],
    };
    const outcome = applyFieldLimits(r);
    expect(r.legal.raw).toHaveLength(limitOf('legal.raw'));
    expect(r.legal.events[0]!.description).toHaveLength(limitOf('legal.events[].description'));
    expect(outcome.ok && outcome.warnings.map((w) => w.code)).toEqual(['FIELD_TRUNCATED', 'FIELD_TRUNCATED']);
  });

  it('leaves out an over-long class symbol or event code (a cut code is another code), keeping the rest', () => {
    const r = record();
    const good = {
      scheme: 'IPC' as const,
      symbol: 'H01M10/0525',
      section: 'H',
      class: 'H01',
      subclass: 'H01M',
    };
    r.classifications = [{ ...good, symbol: `H01M${long(60, '9')}` }, good];
    r.legal.events = [{ code: long(limitOf('legal.events[].code') + 1) }, { code: 'LIC' }];
    const outcome = applyFieldLimits(r);
    expect(r.classifications).toEqual([good]);
    expect(r.legal.events).toEqual([{ code: 'LIC' }]);
    expect(outcome.ok && outcome.warnings.map((w) => [w.code, w.field])).toEqual([
      ['FIELD_VALUE_DROPPED', 'classifications[].symbol'],
      ['FIELD_VALUE_DROPPED', 'legal.events[].code'],
    ]);
  });

  it.each([
    ['publication.id', (r: PatentRecord) => (r.publication.id = `CN${long(60, '1')}A`)],
    [
      'application.id',
      (r: PatentRecord) =>
        (r.application = { id: `CN${long(60, '2')}`, office: 'CN', number: long(60, '2') }),
    ],
    ['familyId', (r: PatentRecord) => (r.familyId = long(limitOf('familyId') + 1, '3'))],
  ] as const)('quarantines a record whose %s is over its limit, changing nothing', (field, spoil) => {
    const r = record();
    spoil(r);
    r.abstract = { en: long(limitOf('abstract') + 1) };
    const outcome = applyFieldLimits(r);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.rejected).toMatchObject({ code: 'FIELD_TOO_LONG', field, source: r.source });
    expect(outcome.rejected.excerpt!.length).toBeLessThanOrEqual(120);
    expect(r.abstract.en).toHaveLength(limitOf('abstract') + 1); // not cut: the record is not loaded
  });

  it('never splits a surrogate pair when cutting', () => {
    const text = `ab${'𝒳'.repeat(5)}`;
    expect(truncated(text, 4)).toBe('ab…'); // 'ab' + half of 𝒳 would be a lone surrogate
    expect(truncated(text, 5)).toBe('ab𝒳…');
  });
});

describe('each rule’s longest value', () => {
  it('agrees with the values the rule lists, field by field, on a record that fills every one', () => {
    const r = record();
    r.application = { id: 'CN202310000001', office: 'CN', number: '202310000001' };
    r.familyId = 'family-0042';
    r.title = { en: 'Battery cathode', zh: '一种电池正极材料' };
    r.abstract = { en: long(900), zh: long(300, '电') };
    r.claims = [
      { number: 1, text: long(1200), dependsOn: [], lang: 'en' },
      { number: 2, text: long(80), dependsOn: [1], lang: 'en' },
    ];
    r.applicants = [{ ...party('Acme Battery Co'), alsoWritten: ['ACME BATTERY COMPANY LIMITED'] }];
    r.owners = [party('Acme Holdings')];
    r.inventors = [party('Li Wei'), party('Zhang San Feng')];
    r.classifications = [
      { scheme: 'IPC', symbol: 'H01M4/131', section: 'H', class: 'H01', subclass: 'H01M' },
      { scheme: 'CPC', symbol: 'H01M10/0525', section: 'H', class: 'H01', subclass: 'H01M' },
    ];
    r.legal = {
      status: 'active',
      raw: 'granted and in force',
      events: [{ code: 'transfer', description: 'transfer × 2 (transferCount column)' }, { code: 'licence' }],
    };
    for (const rule of FIELD_LIMITS) {
      const listed = Math.max(0, ...rule.values(r).map((entry) => entry.value.length));
      expect(rule.longest(r), rule.field).toBe(listed);
      expect(listed, `${rule.field} is filled`).toBeGreaterThan(0);
      expect(rule.longest(record()), `${rule.field} of an empty record`).toBe(
        Math.max(0, ...rule.values(record()).map((entry) => entry.value.length)),
      );
    }
  });
});
