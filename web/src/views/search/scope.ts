/**
 * "Use as scope": the server's scope suggestion (graph-schema/dto/search-results.ts ScopeSuggestion)
 * as a filters patch, and the sentences that say what it holds. The scope has no family-id set, so
 * the query's applicant, class and date filters become the scope; words, OR and NOT cannot.
 */
import type { FamilySearchResponse, ScopeSuggestion } from '@graph-schema/dto/search-results';
import { formatInteger, type Lang, type MessageKey, type Translate } from '@web/src/i18n';
import type { Filters } from '@web/src/scope/filters';

/** Whether the suggestion holds any filter at all. */
export function hasScope(scope: ScopeSuggestion): boolean {
  return scope.applicants.length > 0 || scope.cpc !== null || scope.ipc !== null || scope.dateBasis !== null;
}

/**
 * The filters patch: every field the suggestion names; the others are cleared, so the scope is the
 * query's and not a mix with an older one.
 */
export function scopePatch(scope: ScopeSuggestion): Partial<Filters> {
  return {
    applicants: scope.applicants,
    cpc: scope.cpc ?? undefined,
    ipc: scope.ipc ?? undefined,
    from: scope.from ?? undefined,
    to: scope.to ?? undefined,
    dateBasis: scope.dateBasis ?? 'priority',
    jurisdiction: [],
    chain: undefined,
    segment: undefined,
    branch: undefined,
  };
}

const LEFT_KEYS: Record<string, MessageKey> = {
  words: 'searchPage.left.words',
  NOT: 'searchPage.left.NOT',
  OR: 'searchPage.left.OR',
};

/** What the scope cannot hold, in the UI's words (field names such as `ti:` are the syntax's own). */
export function leftText(scope: ScopeSuggestion, t: Translate, uiLang: Lang): string {
  return scope.left
    .map((item) => {
      const key = LEFT_KEYS[item];
      return key === undefined ? `${item}:` : t(key);
    })
    .join(uiLang === 'zh' ? '、' : ', ');
}

/** The suggestion in one line: applicants, classes, years. */
export function scopeText(scope: ScopeSuggestion, t: Translate, uiLang: Lang): string {
  const parts: string[] = [];
  if (scope.applicants.length > 0)
    parts.push(t('searchPage.scope.applicants', { count: formatInteger(scope.applicants.length, uiLang) }));
  if (scope.cpc !== null) parts.push(`CPC ${scope.cpc}`);
  if (scope.ipc !== null) parts.push(`IPC ${scope.ipc}`);
  if (scope.dateBasis !== null)
    parts.push(
      t('searchPage.scope.years', {
        from: scope.from ?? '…',
        to: scope.to ?? '…',
        basis: t(`searchPage.scope.basis.${scope.dateBasis}`),
      }),
    );
  return parts.join(uiLang === 'zh' ? '；' : '; ');
}

export function scopeNote(answer: FamilySearchResponse, t: Translate, uiLang: Lang): string {
  if (!hasScope(answer.scope)) return t('searchPage.scopeNothing');
  if (answer.scope.exact) return t('searchPage.scopeExact');
  return t('searchPage.scopeInexact', { left: leftText(answer.scope, t, uiLang) });
}
