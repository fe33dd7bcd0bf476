/**
 * The search results page: a field/boolean query (syntax help below the box), the total, families
 * listed once each (click → patent drawer), pages, "use as scope" and the whole-list export.
 * URL: `q` (the query), `page`; `scoped=1` after "use as scope", to say what the scope now holds.
 */
import type { FamilySearchResponse } from '@graph-schema/dto/search-results';
import { SearchSyntaxProblem } from '@graph-schema/dto/search-results';
import { RequestError } from '@web/src/api/request-error';
import { fileStem } from '@web/src/dom/download';
import { h } from '@web/src/dom/h';
import { wholeListDownloads } from '@web/src/export/whole-list-downloads';
import { formatInteger } from '@web/src/i18n';
import { errorState, loadingState } from '@web/src/widgets/status';
import { latestOnly } from '../load';
import type { ViewContext, ViewInstance } from '../types';
import { fetchFamilies } from './api';
import { searchWholeList } from './export';
import { searchResults } from './results';
import { hasScope, scopeNote, scopePatch, scopeText } from './scope';

const PAGE_SIZE = 20;

function syntaxHelp(context: ViewContext): HTMLElement {
  const { t } = context;
  return h(
    'details',
    { attrs: { class: 'method', 'data-testid': 'search-help' } },
    h('summary', null, t('searchPage.help')),
    h('p', null, t('searchPage.help.fields')),
    h('p', null, t('searchPage.help.operators')),
    h('p', null, t('searchPage.help.dates')),
    h('p', null, h('code', null, t('searchPage.help.example'))),
  );
}

/** A query the server could not read, in the UI's words with the character and field; else the shared error. */
function failure(error: unknown, context: ViewContext, retry: () => void): HTMLElement {
  const { t, lang } = context;
  const syntax =
    error instanceof RequestError ? (error.details as { syntax?: unknown } | undefined)?.syntax : undefined;
  const parsed = SearchSyntaxProblem.safeParse(syntax);
  if (!parsed.success) return errorState(error, t, retry);
  const { code, position, field } = parsed.data;
  const message = t('searchPage.syntaxError', {
    position: formatInteger(position + 1, lang),
    field: field === null ? '' : t('searchPage.syntaxField', { field }),
    problem: t(`searchSyntax.${code}`),
  });
  return h(
    'p',
    { attrs: { class: 'status status-error', role: 'alert', 'data-testid': 'search-error' } },
    message,
  );
}

function scopeTools(answer: FamilySearchResponse, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  const use = h(
    'button',
    {
      attrs: { type: 'button', class: 'button button-small', 'data-testid': 'search-use-scope' },
      on: {
        click: () => {
          context.setViewParams({ scoped: '1' });
          context.setFilters(scopePatch(answer.scope));
        },
      },
    },
    t('searchPage.useAsScope'),
  );
  use.disabled = !hasScope(answer.scope);
  return h(
    'div',
    { attrs: { class: 'toolbar', role: 'toolbar' } },
    use,
    h('span', { attrs: { class: 'muted', 'data-testid': 'search-scope-note' } }, scopeNote(answer, t, lang)),
    exportButtons(answer.q, context),
  );
}

/** CSV and Excel of the whole list: every page is fetched on click, not just the page on screen. */
function exportButtons(q: string, context: ViewContext): HTMLElement {
  const { t } = context;
  return wholeListDownloads({
    t,
    fileStem: fileStem('search'),
    labels: { csv: t('searchPage.exportCsv'), xlsx: t('searchPage.exportXlsx') },
    build: () => searchWholeList(q, context),
  });
}

export function mount(container: HTMLElement, context: ViewContext): ViewInstance {
  const { t } = context;
  const input = h('input', {
    attrs: {
      type: 'search',
      name: 'q',
      class: 'search-page-input',
      'aria-label': t('searchPage.query'),
      maxlength: 500,
      // Room for a typical boolean query; the toolbar wraps it below 1024 px.
      size: 64,
      value: context.viewParams().q ?? '',
    },
  });
  const host = h('div', { attrs: { class: 'search-page-results' } });
  const nextSignal = latestOnly(context.signal);
  const load = (q: string, page: number): void => {
    const signal = nextSignal();
    host.replaceChildren(loadingState(t));
    fetchFamilies(q, page, PAGE_SIZE, signal)
      .then((answer) => {
        if (signal.aborted) return;
        const goToPage = (next: number) => {
          context.setViewParams({ page: String(next) });
          load(q, next);
        };
        host.replaceChildren(
          scopeTools(answer, context),
          ...searchResults({ answer, t, lang: context.lang, openPatent: context.openPatent, goToPage }),
        );
      })
      .catch((error: unknown) => {
        if (!signal.aborted) host.replaceChildren(failure(error, context, () => load(q, page)));
      });
  };
  const form = h(
    'form',
    { attrs: { class: 'toolbar search-page-form', role: 'search' } },
    input,
    h('button', { attrs: { type: 'submit', class: 'button button-primary' } }, t('searchPage.run')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input.value.trim();
    if (q === '') return;
    context.setViewParams({ q, page: undefined, scoped: undefined });
    load(q, 1);
  });
  const notice = scopedNotice(context);
  container.replaceChildren(
    h(
      'section',
      { attrs: { class: 'panel panel-wide search-page' } },
      form,
      syntaxHelp(context),
      notice,
      host,
    ),
  );
  const q = context.viewParams().q?.trim() ?? '';
  if (q === '') host.replaceChildren(h('p', { attrs: { class: 'muted' } }, t('searchPage.empty')));
  else load(q, Math.max(1, Number(context.viewParams().page) || 1));
  return { destroy: () => undefined };
}

function scopedNotice(context: ViewContext): HTMLElement | false {
  if (context.viewParams().scoped !== '1') return false;
  const { filters, t, lang } = context;
  const scope = {
    applicants: filters.applicants,
    cpc: filters.cpc ?? null,
    ipc: filters.ipc ?? null,
    from: filters.from ?? null,
    to: filters.to ?? null,
    dateBasis: filters.dateBasis === 'priority' ? null : filters.dateBasis,
    exact: true,
    left: [],
  };
  return h(
    'p',
    { attrs: { class: 'notice', role: 'status', 'data-testid': 'search-scope-set' } },
    t('searchPage.scopeSet', { scope: scopeText(scope, t, lang) }),
  );
}
