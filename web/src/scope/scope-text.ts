/**
 * The scope as one line of words (offices, years, classes, chain, applicants), for figure captions
 * and export headers alike. Here, not in views/, so the export modules can use it without a cycle.
 */
import type { Lang, Translate } from '@web/src/i18n';
import type { Filters } from './filters';

/** Offices, years and the other scope fields the URL carries, in one line. */
export function scopeText(filters: Filters, t: Translate, lang: Lang): string {
  const offices =
    filters.jurisdiction.length > 0
      ? t('figure.offices', { list: filters.jurisdiction.join(lang === 'zh' ? '、' : ', ') })
      : t('figure.allOffices');
  const years =
    filters.from === undefined && filters.to === undefined
      ? t('figure.allYears')
      : t('figure.years', { from: filters.from ?? '…', to: filters.to ?? '…' });
  const others: string[] = [];
  for (const field of ['cpc', 'ipc', 'chain', 'segment', 'branch'] as const) {
    const value = filters[field];
    if (value !== undefined) others.push(`${t(`filter.${field}`)} ${value}`);
  }
  if (filters.applicants.length > 0)
    others.push(`${t('filter.applicants')} ${filters.applicants.join(', ')}`);
  return [offices, years, ...others].join(lang === 'zh' ? '；' : '; ');
}
