/**
 * Every field of the contract's scope (SCOPE_FIELDS, read from ScopeFields) must survive the web's
 * whole round trip: page URL → filters → page URL, filters → API query, and a label in both
 * languages. A field added to the schema fails here until it has a sample value below, and fails
 * on a value the web cannot carry.
 */
import { SCOPE_FIELDS, type ScopeField, ScopeQuery } from '@graph-schema/dto/scope';
import { describe, expect, it } from 'vitest';
import { apiUrl } from '../api/query';
import { en } from '../i18n/en';
import { zh } from '../i18n/zh';
import { DEFAULT_FILTERS } from '../scope/filters';
import { decodeUrlState, encodeUrlState } from './url-state';

/** One valid, already normalised, non-default value per field, as a URL spells it. */
const SAMPLES: Record<ScopeField, string> = {
  from: '2015',
  to: '2024',
  dateBasis: 'application',
  jurisdiction: 'CN,US',
  cpc: 'H01M10',
  ipc: 'H01M',
  chain: 'lithium-battery',
  segment: 'lithium-battery:upstream',
  branch: 'lithium-battery:1.2',
  applicants: 'catl,byd',
  project: 'p-1',
};

const defaults = { view: 'landscape', lang: 'en', viewIds: ['landscape'] } as const;

describe.each(SCOPE_FIELDS)('scope field %s', (field) => {
  const sample = SAMPLES[field];
  const search = `?view=landscape&lang=en&${field}=${sample}`;

  it('has a sample value', () => {
    expect(sample).toBeTypeOf('string');
  });

  it('is read from the page URL and written back unchanged', () => {
    const decoded = decodeUrlState(search, defaults);
    expect(decoded.problems).toStrictEqual([]);
    expect(decoded.state.filters[field]).not.toStrictEqual(DEFAULT_FILTERS[field]);
    expect(decoded.state.viewParams).toStrictEqual({});
    expect(encodeUrlState(decoded.state)).toBe(search);
  });

  it('reaches the API query under its own name, as the API reads it', () => {
    const { filters } = decodeUrlState(search, defaults).state;
    const url = apiUrl('/api/scope', ScopeQuery, {}, filters);
    const query = Object.fromEntries(new URL(url, 'http://localhost').searchParams);
    expect(query).toStrictEqual({ [field]: sample });
    expect(ScopeQuery.parse(query)[field]).toStrictEqual(filters[field]);
  });

  it('has a label in both languages', () => {
    expect([en[`filter.${field}`], zh[`filter.${field}`]].every((text) => text.length > 0)).toBe(true);
  });
});
