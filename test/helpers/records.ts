/** Small canonical records for loader and API tests (fictional content). */
import {
  type Classification,
  type DocNumber,
  emptyRecord,
  type Party,
  type PatentRecord,
} from '@ingest/record';

export const doc = (id: string): DocNumber => {
  const match = /^([A-Z]{2})(\d+)([A-Z]\d?)?$/.exec(id);
  if (!match) throw new Error(`bad test id ${id}`);
  return { id, office: match[1]!, number: match[2]!, ...(match[3] ? { kind: match[3] } : {}) };
};

export const party = (name: string, kind: Party['kind'] = 'organisation'): Party => ({
  raw: name,
  key: name
    .toLowerCase()
    .replace(/[^a-z0-9\u4e00-\u9fff]+/g, ' ')
    .trim(),
  name,
  kind,
});

export const cpc = (symbol: string): Classification => {
  const [head, sub] = symbol.split('/');
  const subclass = head!.slice(0, 4);
  return {
    scheme: 'CPC',
    symbol,
    section: symbol[0]!,
    class: symbol.slice(0, 3),
    subclass,
    mainGroup: `${head}/00`,
    subgroup: symbol,
    ...(sub === '00' ? {} : {}),
  };
};

export function record(id: string, overrides: Partial<PatentRecord> = {}): PatentRecord {
  return {
    ...emptyRecord(doc(id), { file: 'test', line: 1, format: 'test' }, 'invention'),
    title: { en: `Test patent ${id}` },
    ...overrides,
  };
}
