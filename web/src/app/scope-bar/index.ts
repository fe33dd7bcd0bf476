/**
 * The scope bar shown above every view that takes the scope: chain → segment → branch pickers,
 * applicant type-ahead over all applicants and aliases, the year / date-basis / office / class
 * fields (filter-bar.ts), and the active filters as removable chips. Every change goes through
 * `onApply`, which the shell turns into a new URL and a remount of the view.
 */
import './scope-bar.css';
import { h } from '@web/src/dom/h';
import type { Lang, Translate } from '@web/src/i18n';
import type { Filters } from '@web/src/scope/filters';
import { applicantTypeahead } from '@web/src/widgets/applicant-typeahead';
import { createFilterBar } from '../filter-bar';
import { chainPickers } from './chain-pickers';
import { chipRow } from './chip-row';

export interface ScopeBarProps {
  t: Translate;
  lang: Lang;
  filters: Filters;
  onApply(filters: Filters): void;
}

export function createScopeBar(props: ScopeBarProps): HTMLElement {
  const { t, filters } = props;
  const applicants = applicantTypeahead({
    t,
    lang: props.lang,
    label: t('scope.applicants'),
    name: 'scopeApplicant',
    exclude: () => filters.applicants,
    onPick: (applicant) => props.onApply({ ...filters, applicants: [...filters.applicants, applicant.key] }),
  });
  const pickers = [...chainPickers(props), applicants];
  return h(
    'div',
    { attrs: { class: 'scope-bar', role: 'region', 'aria-label': t('scope.label') } },
    createFilterBar(t, filters, props.onApply, pickers),
    chipRow(props),
  );
}
