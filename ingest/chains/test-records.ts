/** Test helper: minimal PatentRecords with parsed classifications, for the chain tests. */
import type { Classification, PatentRecord } from '../record';

export interface RecordSketch {
  id?: string;
  familyId?: string;
  titleZh?: string;
  titleEn?: string;
  abstractZh?: string;
  abstractEn?: string;
  claims?: string[];
  ipc?: string[];
  cpc?: string[];
}

export function makeRecord(sketch: RecordSketch): PatentRecord {
  const id = sketch.id ?? 'CN100000000A';
  return {
    publication: { id, office: id.slice(0, 2), number: id.slice(2) },
    priorities: [],
    type: 'invention',
    title: { zh: sketch.titleZh, en: sketch.titleEn },
    abstract: { zh: sketch.abstractZh, en: sketch.abstractEn },
    claims: (sketch.claims ?? []).map((text, index) => ({ number: index + 1, text, dependsOn: [] })),
    applicants: [],
    owners: [],
    inventors: [],
    classifications: [
      ...(sketch.ipc ?? []).map((symbol) => classification('IPC', symbol)),
      ...(sketch.cpc ?? []).map((symbol) => classification('CPC', symbol)),
    ],
    citations: [],
    citedBy: [],
    familyId: sketch.familyId,
    familyMembers: [],
    legal: { status: 'unknown', events: [] },
    source: { file: 'test', line: 1, format: 'test' },
  };
}

function classification(scheme: 'IPC' | 'CPC', symbol: string): Classification {
  const [group, subgroup] = symbol.slice(4).split('/');
  return {
    scheme,
    symbol,
    section: symbol.slice(0, 1),
    class: symbol.slice(0, 3),
    subclass: symbol.slice(0, 4),
    mainGroup: group ? `${symbol.slice(0, 4)}${group}/00` : undefined,
    subgroup: subgroup ? symbol : undefined,
  };
}
