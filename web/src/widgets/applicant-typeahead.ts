/**
 * Type-ahead over every applicant (GET /api/applicants/suggest: name, key and alias substrings, not
 * only a view's top 50). Picking a suggestion (click, or Enter for the first one) calls `onPick` at
 * once: no separate Apply button. Used by the scope bar and by view pickers such as the gaps
 * competitors; the caller shows what is chosen (chips) and passes those keys as `exclude`.
 */
import type { ApplicantSuggestion } from '@graph-schema/dto/applicant-lookup';
import type { ApplicantRef } from '@graph-schema/dto/project';
import { suggestApplicants } from '../api/applicant-lookup';
import { h } from '../dom/h';
import type { Lang, Translate } from '../i18n';

const TYPING_PAUSE_MS = 250;

export interface ApplicantTypeaheadProps {
  t: Translate;
  lang: Lang;
  label: string;
  /** The input's name (tests and forms find it by it). */
  name: string;
  /** Keys already chosen: not offered again. */
  exclude(): readonly string[];
  onPick(applicant: ApplicantRef): void;
}

function suggestionText(t: Translate, lang: Lang, hit: ApplicantSuggestion): string {
  const families = t('scope.applicantFamilies', { families: hit.families.toLocaleString(lang) });
  const alias =
    hit.matchedAlias === null ? '' : ` · ${t('scope.applicantAlias', { alias: hit.matchedAlias })}`;
  return `${hit.name} · ${families}${alias}`;
}

/** The list's items: one button per hit, then a note when nothing matched or more matched than shown. */
function suggestionItems(
  props: ApplicantTypeaheadProps,
  answer: { q: string; total: number; hits: ApplicantSuggestion[] },
  pick: (hit: ApplicantSuggestion) => void,
): HTMLLIElement[] {
  const { t } = props;
  const { q, total, hits } = answer;
  const items = hits.map((hit) =>
    h(
      'li',
      { attrs: { role: 'option' } },
      h(
        'button',
        {
          attrs: { type: 'button', class: 'suggestion', 'data-key': hit.key },
          on: { click: () => pick(hit) },
        },
        suggestionText(t, props.lang, hit),
      ),
    ),
  );
  const note =
    hits.length === 0
      ? t('scope.applicantNone', { q })
      : total > hits.length
        ? t('scope.applicantMore', { shown: hits.length, total })
        : null;
  return note === null ? items : [...items, h('li', { attrs: { class: 'suggestion-note' } }, note)];
}

function comboInput(props: ApplicantTypeaheadProps): HTMLInputElement {
  return h('input', {
    attrs: {
      // Not type=search: the header's search box is the page's one searchbox.
      type: 'text',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': false,
      name: props.name,
      placeholder: props.t('scope.applicantSearch'),
      autocomplete: 'off',
      spellcheck: false,
      'aria-label': props.label,
    },
  });
}

export function applicantTypeahead(props: ApplicantTypeaheadProps): HTMLElement {
  const list = h('ul', { attrs: { class: 'suggestions', role: 'listbox', hidden: true } });
  const input = comboInput(props);
  let offered: ApplicantSuggestion[] = [];
  const expand = (open: boolean) => {
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
  };
  const pick = (hit: ApplicantSuggestion) => {
    input.value = '';
    expand(false);
    props.onPick({ key: hit.key, name: hit.name });
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | undefined;
  const search = async (q: string) => {
    pending?.abort();
    pending = new AbortController();
    const answer = await suggestApplicants(q, pending.signal);
    const excluded = new Set(props.exclude());
    offered = answer.applicants.filter((hit) => !excluded.has(hit.key));
    list.replaceChildren(...suggestionItems(props, { q, total: answer.total, hits: offered }, pick));
    expand(true);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q === '') return expand(false);
    // A failed or superseded search leaves the list as it was; typing again retries.
    timer = setTimeout(() => void search(q).catch(() => undefined), TYPING_PAUSE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') expand(false);
    const first = offered[0];
    if (event.key === 'Enter' && !list.hidden && first !== undefined) {
      event.preventDefault();
      pick(first);
    }
  });
  return h(
    'label',
    { attrs: { class: 'filter applicant-typeahead', 'data-field': props.name } },
    h('span', null, props.label),
    h('span', { attrs: { class: 'typeahead' } }, input, list),
  );
}
