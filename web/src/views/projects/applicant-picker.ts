/**
 * Type-ahead over applicants (GET /api/search, its `applicants` list: key, name, families): the
 * chosen ones show as removable chips; `single` keeps one (the target applicant).
 */
import type { ApplicantRef } from '@graph-schema/dto/project';
import { searchAll } from '@web/src/api/patents';
import { h } from '@web/src/dom/h';
import type { Translate } from '@web/src/i18n';

const TYPING_PAUSE_MS = 250;

export interface ApplicantPickerProps {
  t: Translate;
  label: string;
  name: string;
  single: boolean;
  value: ApplicantRef[];
  onChange(value: ApplicantRef[]): void;
}

export function applicantPicker(props: ApplicantPickerProps): HTMLElement {
  let chosen = [...props.value];
  const chips = h('span', { attrs: { class: 'chips' } });
  const suggestions = h('ul', { attrs: { class: 'suggestions', role: 'listbox', hidden: true } });
  const input = h('input', {
    attrs: {
      type: 'search',
      name: props.name,
      placeholder: props.t('form.applicantSearch'),
      autocomplete: 'off',
    },
  });
  const update = (next: ApplicantRef[]) => {
    chosen = next;
    props.onChange(chosen);
    drawChips();
  };
  const drawChips = () =>
    chips.replaceChildren(
      ...chosen.map((ref) =>
        h(
          'span',
          { attrs: { class: 'chip', 'data-key': ref.key } },
          ref.name,
          h(
            'button',
            {
              attrs: {
                type: 'button',
                class: 'chip-remove',
                'aria-label': props.t('form.remove', { name: ref.name }),
              },
              on: { click: () => update(chosen.filter((other) => other.key !== ref.key)) },
            },
            '×',
          ),
        ),
      ),
    );
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | undefined;
  const search = async (q: string) => {
    pending?.abort();
    pending = new AbortController();
    const { applicants } = await searchAll(q, pending.signal);
    const hits = applicants.filter((hit) => !chosen.some((ref) => ref.key === hit.key));
    suggestions.replaceChildren(
      ...hits.map((hit) =>
        h(
          'li',
          { attrs: { role: 'option' } },
          h(
            'button',
            {
              attrs: { type: 'button', class: 'suggestion', 'data-key': hit.key },
              on: {
                click: () => {
                  const ref = { key: hit.key, name: hit.name };
                  update(props.single ? [ref] : [...chosen, ref]);
                  input.value = '';
                  suggestions.hidden = true;
                },
              },
            },
            `${hit.name} · ${props.t('form.applicantFamilies', { families: hit.families })}`,
          ),
        ),
      ),
    );
    suggestions.hidden = hits.length === 0;
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q === '') {
      suggestions.hidden = true;
      return;
    }
    // A failed or superseded search leaves the list as it was; typing again retries.
    timer = setTimeout(() => void search(q).catch(() => undefined), TYPING_PAUSE_MS);
  });
  drawChips();
  return h(
    'div',
    { attrs: { class: 'field applicant-picker', 'data-field': props.name } },
    h('span', { attrs: { class: 'field-label' } }, props.label),
    chips,
    h('span', { attrs: { class: 'typeahead' } }, input, suggestions),
  );
}
