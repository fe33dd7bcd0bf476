/**
 * "Use as scope": the query's top-level AND filters the scope (graph-schema/dto/scope.ts) can hold.
 * The scope has no word filter, no OR across fields, one CPC and one IPC prefix, years (not days) on
 * one date basis and one applicant list (any of them): whatever else the query has is named in `left`
 * and makes the suggestion inexact, so the page can say the scope is wider than the results.
 */
import type { ScopeSuggestion } from '@graph-schema/dto/search-results';
import type { Resolved } from './resolve';
import type { SearchNode } from './syntax';
import type { SearchLeaf } from './syntax-terms';

/** Scope lists hold at most 50 applicant keys (ScopeFields.applicants). */
const SCOPE_APPLICANTS_MAX = 50;
const BASIS = { ad: 'application', pd: 'publication' } as const;

const wholeYear = (from: string | null, to: string | null) =>
  (from === null || from.endsWith('-01-01')) && (to === null || to.endsWith('-12-31'));

function take(leaf: SearchLeaf, resolved: Resolved, scope: ScopeSuggestion): boolean {
  switch (leaf.kind) {
    case 'applicant': {
      const keys = (resolved.applicants.get(leaf) ?? []).map((applicant) => applicant.key);
      if (scope.applicants.length > 0 || keys.length > SCOPE_APPLICANTS_MAX) return false;
      scope.applicants = keys;
      return true;
    }
    case 'class':
      if (scope[leaf.scheme] !== null) return false;
      scope[leaf.scheme] = leaf.prefix;
      return true;
    case 'date':
      if (scope.dateBasis !== null) return false;
      scope.dateBasis = BASIS[leaf.field];
      scope.from = leaf.from === null ? null : Number(leaf.from.slice(0, 4));
      scope.to = leaf.to === null ? null : Number(leaf.to.slice(0, 4));
      return wholeYear(leaf.from, leaf.to);
    case 'text':
      return false;
  }
}

function label(node: SearchNode): string {
  if (node.kind === 'text') return node.field === 'any' ? 'words' : node.field;
  if (node.kind === 'applicant') return 'pa';
  if (node.kind === 'class') return node.scheme;
  if (node.kind === 'date') return node.field;
  return node.kind.toUpperCase();
}

export function scopeSuggestion(root: SearchNode, resolved: Resolved): ScopeSuggestion {
  const scope: ScopeSuggestion = {
    applicants: [],
    cpc: null,
    ipc: null,
    from: null,
    to: null,
    dateBasis: null,
    exact: true,
    left: [],
  };
  const parts = root.kind === 'and' ? root.children : [root];
  for (const part of parts) {
    const held =
      part.kind !== 'and' && part.kind !== 'or' && part.kind !== 'not' && take(part, resolved, scope);
    if (!held) scope.left.push(label(part));
  }
  scope.left = [...new Set(scope.left)].sort();
  scope.exact = scope.left.length === 0;
  return scope;
}
