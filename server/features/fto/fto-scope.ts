/**
 * A screening's scope over the index: which documents it screens (office, status, as-of date, CPC
 * prefix) and how many patents of its offices are indexed. Both are computed once per scope and
 * index and kept with the index (a few scopes: the screenings of a session mostly share one), so a
 * screening no longer walks every document with string tests (20–30 ms each at 100k families).
 */
import type { FtoRequest } from '@graph-schema/dto/fto';
import type { FtoIndex } from './fto-index';
import { type ScopeMask, scopeMaskOf } from './retrieve';

/** Scopes remembered per index; the oldest is dropped beyond this (each is ~5 bytes per document). */
const SCOPES_KEPT = 8;

interface ScopeEntry {
  readonly mask: ScopeMask;
  readonly indexed: number;
}

const scopesByIndex = new WeakMap<FtoIndex, Map<string, ScopeEntry>>();

export type ScopeRequest = Pick<FtoRequest, 'jurisdictions' | 'includeInactive' | 'asOf' | 'cpc'>;

/** The request's scope mask and indexed count, memoised per index. */
export function screeningScope(index: FtoIndex, request: ScopeRequest): ScopeEntry {
  let scopes = scopesByIndex.get(index);
  if (!scopes) {
    scopes = new Map();
    scopesByIndex.set(index, scopes);
  }
  const key = JSON.stringify([
    [...request.jurisdictions].sort(),
    request.includeInactive === true,
    request.asOf,
    request.cpc ?? null,
  ]);
  const known = scopes.get(key);
  if (known) return known;
  const entry = {
    mask: scopeMaskOf(index, scopeFilter(index, request)),
    indexed: countIndexed(index, request.jurisdictions, request.includeInactive === true),
  };
  scopes.set(key, entry);
  if (scopes.size > SCOPES_KEPT) scopes.delete(scopes.keys().next().value!);
  return entry;
}

/** In the selected offices, active/pending/unknown (inactive on request), not expired at asOf, under the CPC prefix. */
export function scopeFilter(index: FtoIndex, request: ScopeRequest): (doc: number) => boolean {
  const offices = new Set(request.jurisdictions);
  const includeInactive = request.includeInactive === true;
  return (doc) =>
    offices.has(index.jurisdiction[doc]!) &&
    (includeInactive || index.legalStatus[doc] !== 'inactive') &&
    mayBeInForce(index, doc, request.asOf) &&
    hasCpcPrefix(index, doc, request.cpc);
}

/** Patents of the offices the request screens (inactive ones only on request), before the as-of and CPC filters. */
function countIndexed(index: FtoIndex, jurisdictions: readonly string[], includeInactive: boolean): number {
  const offices = new Set(jurisdictions);
  let count = 0;
  for (let doc = 0; doc < index.size; doc++)
    if (offices.has(index.jurisdiction[doc]!) && (includeInactive || index.legalStatus[doc] !== 'inactive'))
      count++;
  return count;
}

/** No expiry on or before asOf (an unknown expiry stays in: it needs review, not exclusion). */
function mayBeInForce(index: FtoIndex, doc: number, asOf: string): boolean {
  const expiry = index.expiryDate[doc];
  return expiry === null || expiry === undefined || expiry > asOf;
}

function hasCpcPrefix(index: FtoIndex, doc: number, prefix: string | undefined): boolean {
  return prefix === undefined || index.cpcCodesOf(doc).some((code) => code.startsWith(prefix));
}
