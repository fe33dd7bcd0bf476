/**
 * The header search: patents by words or publication number, applicants by name. Typing waits for a
 * pause before asking the API; each new query aborts the one before, so results never arrive out of order.
 */
import { SCOPE_FIELDS } from '@graph-schema/dto/scope';
import type { ApplicantHit, PatentHit, SearchResponse } from '@graph-schema/dto/search';
import { searchAll } from '../api/patents';
import { h } from '../dom/h';
import { formatInteger, type Lang, type Translate } from '../i18n';
import { preferredTitle } from '../patent/patent-format';
import { readableErrorLine } from '../widgets/status';

const TYPING_PAUSE_MS = 250;

export interface SearchBoxProps {
  t: Translate;
  lang: Lang;
  onPatent(id: string): void;
  onApplicant(key: string): void;
}

function patentItem(hit: PatentHit, props: SearchBoxProps, pick: () => void): HTMLElement {
  const meta = [hit.id, hit.applicant, hit.year].filter((part) => part !== null && part !== '').join(' · ');
  return h(
    'li',
    null,
    h(
      'button',
      { attrs: { type: 'button', class: 'search-hit', 'data-patent-id': hit.id }, on: { click: pick } },
      h('span', { attrs: { class: 'search-hit-title' } }, preferredTitle(hit, props.lang)),
      h('span', { attrs: { class: 'search-hit-meta' } }, meta),
    ),
  );
}

function applicantItem(hit: ApplicantHit, props: SearchBoxProps, pick: () => void): HTMLElement {
  const families = props.t('search.families', { count: formatInteger(hit.families, props.lang) });
  return h(
    'li',
    null,
    h(
      'button',
      {
        attrs: {
          type: 'button',
          class: 'search-hit',
          title: props.t('search.filterHint'),
          'data-applicant-key': hit.key,
        },
        on: { click: pick },
      },
      h('span', { attrs: { class: 'search-hit-title' } }, hit.name),
      h('span', { attrs: { class: 'search-hit-meta' } }, families),
    ),
  );
}

/**
 * The search page's address for `q`, keeping the language, project and scope of the current one.
 * The shell restores its state from the address on `popstate` (app.ts), so pushing the address and
 * announcing it opens the page without a reload and without a callback through the header.
 */
export function searchPageSearch(current: string, q: string): string {
  const now = new URLSearchParams(current);
  const next = new URLSearchParams({ view: 'search' });
  for (const key of ['lang', 'project', ...SCOPE_FIELDS]) {
    const value = now.get(key);
    if (value !== null) next.set(key, value);
  }
  next.set('q', q);
  return `?${next.toString()}`;
}

function openSearchPage(q: string): void {
  window.history.pushState(
    null,
    '',
    `${window.location.pathname}${searchPageSearch(window.location.search, q)}`,
  );
  window.dispatchEvent(new PopStateEvent('popstate'));
}

function allResultsLink(q: string, props: SearchBoxProps, done: () => void): HTMLElement {
  return h(
    'button',
    {
      attrs: { type: 'button', class: 'search-hit search-all', 'data-testid': 'search-all-results' },
      on: {
        click: () => {
          done();
          openSearchPage(q);
        },
      },
    },
    props.t('search.allResults', { q }),
  );
}

function resultList(result: SearchResponse, props: SearchBoxProps, done: () => void): HTMLElement[] {
  const { t } = props;
  if (result.patents.length === 0 && result.applicants.length === 0)
    return [
      h('p', { attrs: { class: 'search-message' } }, t('search.none', { q: result.q })),
      allResultsLink(result.q, props, done),
    ];
  const groups: HTMLElement[] = [allResultsLink(result.q, props, done)];
  const pickThen = (action: () => void) => () => {
    done();
    action();
  };
  if (result.applicants.length > 0) {
    const items = result.applicants.map((hit) =>
      applicantItem(
        hit,
        props,
        pickThen(() => props.onApplicant(hit.key)),
      ),
    );
    groups.push(h('h3', null, t('search.applicants')), h('ul', null, ...items));
  }
  if (result.patents.length > 0) {
    const items = result.patents.map((hit) =>
      patentItem(
        hit,
        props,
        pickThen(() => props.onPatent(hit.id)),
      ),
    );
    groups.push(h('h3', null, t('search.patents')), h('ul', null, ...items));
  }
  return groups;
}

export function createSearchBox(props: SearchBoxProps): HTMLElement {
  const { t } = props;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let request: AbortController | undefined;
  const results = h('div', {
    attrs: { class: 'search-results', role: 'region', 'aria-live': 'polite', hidden: true },
  });
  const input = h('input', {
    attrs: {
      type: 'search',
      name: 'q',
      class: 'search-input',
      placeholder: t('search.placeholder'),
      'aria-label': t('search.label'),
      autocomplete: 'off',
      maxlength: 200,
    },
  });
  const hide = (): void => {
    request?.abort();
    results.hidden = true;
    results.replaceChildren();
  };
  const show = (...content: HTMLElement[]): void => {
    results.replaceChildren(...content);
    results.hidden = false;
  };
  const run = (q: string): void => {
    request?.abort();
    const current = new AbortController();
    request = current;
    show(h('p', { attrs: { class: 'search-message' } }, t('search.searching')));
    searchAll(q, current.signal)
      .then((result) => {
        if (!current.signal.aborted) show(...resultList(result, props, hide));
      })
      .catch((error: unknown) => {
        if (current.signal.aborted) return;
        const message = t('search.failed', { message: readableErrorLine(error, t) });
        show(h('p', { attrs: { class: 'search-message search-error', role: 'alert' } }, message));
      });
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q === '') return hide();
    timer = setTimeout(() => run(q), TYPING_PAUSE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
    if (event.key === 'Enter' && input.value.trim() !== '') {
      clearTimeout(timer);
      run(input.value.trim());
    }
  });
  const box = h('div', { attrs: { class: 'search', role: 'search' } }, input, results);
  // Leaving the box (tab, click elsewhere) closes the list; clicks on a result stay inside it.
  box.addEventListener('focusout', (event) => {
    if (!box.contains(event.relatedTarget as Node | null)) hide();
  });
  return box;
}
