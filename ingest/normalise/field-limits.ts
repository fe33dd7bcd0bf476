/**
 * Per-field length limits at the canonical record (issue 14, hostile uploads): one rule per field,
 * applied to every reader's records (ingest/read.ts), so an over-long value from any format is
 * handled the same way before it reaches the graph, the search index or the text analytics.
 * Three actions, chosen by what a shorter value would mean:
 * - `truncate`: free text (titles, abstracts, claims, names, legal texts) keeps its first `max`
 *   characters and an ellipsis; a FIELD_TRUNCATED warning names the field and both lengths;
 * - `drop`: a code that a cut would turn into another code (a class symbol, an event code) is left
 *   out with a FIELD_VALUE_DROPPED warning; the record keeps everything else;
 * - `quarantine`: an identifier the record is keyed or grouped by (publication, application,
 *   family) — a cut id could merge two patents — rejects the record as FIELD_TOO_LONG.
 * Limits are far above real data (the longest abstracts in the fixtures are a few thousand
 * characters; WIPO ST.36 bounds no text field) and far below what breaks the stack or the heap.
 */
import type { PatentRecord, RecordWarning, RejectedRecord } from '../record';

export type LimitAction = 'truncate' | 'drop' | 'quarantine';

/** One value a rule covers: where it is (for the message) and how to replace or remove it. */
interface LimitedValue {
  field: string;
  value: string;
  replace: (value: string) => void;
  /** Absent for single fields; a list entry can be left out. */
  remove?: () => void;
}

export interface FieldLimit {
  /** The field as messages name it (`abstract.en`, `applicants[].name`). */
  field: string;
  /** The most characters (UTF-16 code units) kept. */
  max: number;
  action: LimitAction;
  values: (record: PatentRecord) => LimitedValue[];
  /**
   * The length of the longest of those values, read without building them: almost every record is
   * within every limit, and `values` makes closures per value (issue 15: 2 s of CPU per 100k
   * families). field-limits.test.ts checks that it agrees with `values` for every rule.
   */
  longest: (record: PatentRecord) => number;
}

/** The longest of some strings (0 for none). */
function longestOf(values: Iterable<string | undefined>): number {
  let longest = 0;
  for (const value of values) if (value !== undefined && value.length > longest) longest = value.length;
  return longest;
}

function longestPartyValue(record: PatentRecord): number {
  let longest = 0;
  for (const list of PARTY_LISTS) {
    for (const party of record[list]) {
      longest = Math.max(
        longest,
        longestOf([party.raw, party.name, party.key]),
        longestOf(party.alsoWritten ?? []),
      );
    }
  }
  return longest;
}

type Text = { zh?: string; en?: string };

function localised(record: PatentRecord, part: 'title' | 'abstract'): LimitedValue[] {
  const text: Text = record[part];
  return (['zh', 'en'] as const).flatMap((lang) => {
    const value = text[lang];
    return value === undefined
      ? []
      : [{ field: `${part}.${lang}`, value, replace: (next: string) => (text[lang] = next) }];
  });
}

type PartyList = 'applicants' | 'owners' | 'inventors';
const PARTY_LISTS: readonly PartyList[] = ['applicants', 'owners', 'inventors'];

function partyNames(record: PatentRecord): LimitedValue[] {
  return PARTY_LISTS.flatMap((list) =>
    record[list].flatMap((party) => [
      { field: `${list}[].raw`, value: party.raw, replace: (next: string) => (party.raw = next) },
      { field: `${list}[].name`, value: party.name, replace: (next: string) => (party.name = next) },
      // The key is derived from the name: the same over-long name gives the same cut key, so the
      // spellings of one party still merge.
      { field: `${list}[].key`, value: party.key, replace: (next: string) => (party.key = next) },
      ...(party.alsoWritten ?? []).map((alias, index) => ({
        field: `${list}[].alsoWritten`,
        value: alias,
        replace: (next: string) => (party.alsoWritten![index] = next),
      })),
    ]),
  );
}

function single(field: string, value: string | undefined, replace: (next: string) => void): LimitedValue[] {
  return value === undefined ? [] : [{ field, value, replace }];
}

/** A list entry that can be left out: removal is deferred so indexes stay valid while checking. */
function listEntries<T>(field: string, list: T[], text: (item: T) => string): LimitedValue[] {
  return list.map((item) => ({
    field,
    value: text(item),
    replace: () => undefined,
    remove: () => list.splice(list.indexOf(item), 1),
  }));
}

/** The rule table: every text field of PatentRecord that a source fills from free input. */
export const FIELD_LIMITS: readonly FieldLimit[] = [
  {
    field: 'publication.id',
    max: 40,
    action: 'quarantine',
    values: (r) => single('publication.id', r.publication.id, () => undefined),
    longest: (r) => r.publication.id.length,
  },
  {
    field: 'application.id',
    max: 40,
    action: 'quarantine',
    values: (r) => single('application.id', r.application?.id, () => undefined),
    longest: (r) => longestOf([r.application?.id]),
  },
  {
    field: 'familyId',
    max: 100,
    action: 'quarantine',
    values: (r) => single('familyId', r.familyId, () => undefined),
    longest: (r) => longestOf([r.familyId]),
  },
  {
    field: 'title',
    max: 2_000,
    action: 'truncate',
    values: (r) => localised(r, 'title'),
    longest: (r) => longestOf([r.title.zh, r.title.en]),
  },
  {
    field: 'abstract',
    max: 20_000,
    action: 'truncate',
    values: (r) => localised(r, 'abstract'),
    longest: (r) => longestOf([r.abstract.zh, r.abstract.en]),
  },
  {
    field: 'claims[].text',
    max: 20_000,
    action: 'truncate',
    values: (r) =>
      r.claims.map((claim) => ({
        field: `claims[${claim.number}].text`,
        value: claim.text,
        replace: (next: string) => (claim.text = next),
      })),
    longest: (r) => longestOf(r.claims.map((claim) => claim.text)),
  },
  { field: 'parties', max: 500, action: 'truncate', values: partyNames, longest: longestPartyValue },
  {
    field: 'classifications[].symbol',
    max: 40,
    action: 'drop',
    values: (r) => listEntries('classifications[].symbol', r.classifications, (c) => c.symbol),
    longest: (r) => longestOf(r.classifications.map((c) => c.symbol)),
  },
  {
    field: 'legal.raw',
    max: 2_000,
    action: 'truncate',
    values: (r) => single('legal.raw', r.legal.raw, (next) => (r.legal.raw = next)),
    longest: (r) => longestOf([r.legal.raw]),
  },
  {
    field: 'legal.events[].code',
    max: 200,
    action: 'drop',
    values: (r) => listEntries('legal.events[].code', r.legal.events, (e) => e.code),
    longest: (r) => longestOf(r.legal.events.map((e) => e.code)),
  },
  {
    field: 'legal.events[].description',
    max: 2_000,
    action: 'truncate',
    values: (r) =>
      r.legal.events.flatMap((event) =>
        single('legal.events[].description', event.description, (next) => (event.description = next)),
      ),
    longest: (r) => longestOf(r.legal.events.map((e) => e.description)),
  },
];

/** The first `max` characters with an ellipsis as the last one, never splitting a surrogate pair. */
export function truncated(value: string, max: number): string {
  let kept = value.slice(0, Math.max(max - 1, 0));
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  return `${kept}…`;
}

export type LimitOutcome = { ok: true; warnings: RecordWarning[] } | { ok: false; rejected: RejectedRecord };

const EXCERPT_LENGTH = 120;

/** The first over-long identifier: the record is quarantined before any value is changed. */
function overLongIdentifier(record: PatentRecord, limits: readonly FieldLimit[]): RejectedRecord | undefined {
  for (const limit of limits) {
    if (limit.action !== 'quarantine' || limit.longest(record) <= limit.max) continue;
    const entry = limit.values(record).find(({ value }) => value.length > limit.max);
    if (!entry) continue;
    return {
      source: record.source,
      code: 'FIELD_TOO_LONG',
      message: `${entry.field} has ${entry.value.length} characters, over the ${limit.max} an identifier may have`,
      field: entry.field,
      excerpt: entry.value.slice(0, EXCERPT_LENGTH),
    };
  }
  return undefined;
}

/**
 * Applies the rules to a reader's freshly built record, in place: over-long texts are cut, codes
 * left out, each with a warning; an over-long identifier rejects the whole record instead.
 */
export function applyFieldLimits(
  record: PatentRecord,
  limits: readonly FieldLimit[] = FIELD_LIMITS,
): LimitOutcome {
  const rejected = overLongIdentifier(record, limits);
  if (rejected) return { ok: false, rejected };
  const warnings: RecordWarning[] = [];
  const removals: Array<() => void> = [];
  for (const limit of limits) {
    if (limit.action === 'quarantine' || limit.longest(record) <= limit.max) continue;
    for (const entry of limit.values(record)) {
      if (entry.value.length <= limit.max) continue;
      const length = `${entry.value.length} characters`;
      if (limit.action === 'drop' && entry.remove) {
        removals.push(entry.remove);
        warnings.push({
          code: 'FIELD_VALUE_DROPPED',
          message: `${entry.field} value of ${length} left out (limit ${limit.max}): "${entry.value.slice(0, 40)}…"`,
          field: entry.field,
        });
        continue;
      }
      entry.replace(truncated(entry.value, limit.max));
      warnings.push({
        code: 'FIELD_TRUNCATED',
        message: `${entry.field} shortened from ${length} to ${limit.max}`,
        field: entry.field,
      });
    }
  }
  for (const remove of removals) remove();
  return { ok: true, warnings };
}
