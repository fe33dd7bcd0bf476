/** The result list of the search page: totals, how the query was read, family rows, pager. */
import type { FamilyHit, FamilySearchResponse } from '@graph-schema/dto/search-results';
import { h } from '@web/src/dom/h';
import { formatInteger, type Lang, type Translate } from '@web/src/i18n';
import { dataVersionLabel } from '@web/src/i18n/data-version-label';
import { preferredTitle } from '@web/src/patent/patent-format';
import { patentLink } from '@web/src/patent/patent-link';
import { searchColumns } from './export';
import './search.css';

export interface ResultsProps {
  answer: FamilySearchResponse;
  t: Translate;
  lang: Lang;
  openPatent(id: string): void;
  goToPage(page: number): void;
}

function familyRow(family: FamilyHit, props: ResultsProps): HTMLTableRowElement {
  const { representative: rep } = family;
  const num = (value: number) => h('td', { attrs: { class: 'num' } }, formatInteger(value, props.lang));
  return h(
    'tr',
    // The family id is a source key (`F:incopat:…`): kept for tests and the export, not shown.
    { attrs: { 'data-testid': 'search-family', 'data-family-id': family.familyId } },
    h('td', { attrs: { class: 'search-rep' } }, patentLink(rep.id, props.t, props.openPatent)),
    h(
      'td',
      { attrs: { class: 'search-title' } },
      preferredTitle({ id: rep.id, title: rep.title }, props.lang),
    ),
    h('td', null, rep.applicants.join('; ')),
    h('td', { attrs: { class: 'search-date' } }, rep.publicationDate ?? ''),
    num(family.memberCount),
    num(family.matchedMembers),
    h('td', null, family.offices.join(' ')),
  );
}

/** Styled as the other result tables (.ranked, core patents); the page scrolls, not a box inside it. */
function familyTable(props: ResultsProps): HTMLElement {
  // The export's columns without the first (the family id): the representative names the family here.
  const columns = searchColumns(props.t).slice(1);
  const numeric = new Set([columns.length - 3, columns.length - 2]);
  return h(
    'div',
    { attrs: { class: 'table-scroll-x' } },
    h(
      'table',
      { attrs: { class: 'ranked search-families' } },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          ...columns.map((column, index) =>
            h('th', { attrs: { scope: 'col', class: numeric.has(index) ? 'num' : undefined } }, column),
          ),
        ),
      ),
      h('tbody', null, ...props.answer.families.map((family) => familyRow(family, props))),
    ),
  );
}

function pager(props: ResultsProps): HTMLElement {
  const { answer, t, lang } = props;
  const pages = Math.max(1, Math.ceil(answer.totals.families / answer.pageSize));
  const go = (page: number, label: string, disabled: boolean) => {
    const button = h(
      'button',
      { attrs: { type: 'button', class: 'button button-small' }, on: { click: () => props.goToPage(page) } },
      label,
    );
    button.disabled = disabled;
    return button;
  };
  return h(
    'div',
    { attrs: { class: 'pager' } },
    go(answer.page - 1, t('core.previous'), answer.page <= 1),
    h(
      'span',
      { attrs: { 'data-testid': 'search-page' } },
      t('core.page', { page: formatInteger(answer.page, lang), pages: formatInteger(pages, lang) }),
    ),
    go(answer.page + 1, t('core.next'), answer.page >= pages),
  );
}

function applicantsLine(props: ResultsProps): HTMLElement | false {
  const { answer, t, lang } = props;
  if (answer.matchedApplicants.length === 0) return false;
  const names = answer.matchedApplicants.map((applicant) =>
    applicant.alias === null
      ? applicant.name
      : t('searchPage.viaAlias', { name: applicant.name, alias: applicant.alias }),
  );
  return h(
    'p',
    { attrs: { class: 'muted', 'data-testid': 'search-applicants' } },
    t('searchPage.matchedApplicants', { names: names.join(lang === 'zh' ? '、' : ', ') }),
  );
}

export function searchResults(props: ResultsProps): HTMLElement[] {
  const { answer, t, lang } = props;
  const totals = t('searchPage.totals', {
    families: formatInteger(answer.totals.families, lang),
    publications: formatInteger(answer.totals.publications, lang),
  });
  return [
    h(
      'p',
      { attrs: { class: 'totals', 'data-testid': 'search-total', 'data-families': answer.totals.families } },
      totals,
    ),
    h(
      'p',
      { attrs: { class: 'muted', 'data-testid': 'search-interpreted' } },
      t('searchPage.interpreted', { query: answer.interpreted }),
    ),
    answer.capped && h('p', { attrs: { class: 'muted', role: 'note' } }, t('searchPage.capped')),
    applicantsLine(props),
    familyTable(props),
    pager(props),
    h('p', { attrs: { class: 'muted' } }, t('searchPage.order')),
    h(
      'p',
      { attrs: { class: 'muted' } },
      t('searchPage.basis', { data: dataVersionLabel(t, lang, answer.dataVersion) }),
    ),
  ].filter((part): part is HTMLElement => part !== false);
}
