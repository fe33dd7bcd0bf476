/**
 * A set of applicants as chips plus type-ahead over every applicant (applicant-typeahead.ts): the
 * target and competitor pickers of views such as layout gaps. Every pick or removal applies at once
 * (`onChange` with the new keys), so there is no Apply button to look for. `max` bounds the set;
 * with `max` 1 a pick replaces the current applicant.
 */
import type { ApplicantRef } from '@graph-schema/dto/project';
import { h } from '../dom/h';
import type { Lang, Translate } from '../i18n';
import { applicantTypeahead } from './applicant-typeahead';

export interface ApplicantSetPickerProps {
  t: Translate;
  lang: Lang;
  label: string;
  name: string;
  chosen: readonly ApplicantRef[];
  max: number;
  /** Shown after the chips, e.g. "3 of at most 5". */
  summary?: string;
  /** Whether the last applicant may be removed (a target cannot be). */
  allowEmpty: boolean;
  onChange(keys: string[]): void;
}

function chip(props: ApplicantSetPickerProps, ref: ApplicantRef): HTMLElement {
  const keys = props.chosen.map((one) => one.key);
  const removable = props.allowEmpty || keys.length > 1;
  return h(
    'span',
    { attrs: { class: 'chip', 'data-key': ref.key } },
    ref.name,
    removable &&
      h(
        'button',
        {
          attrs: {
            type: 'button',
            class: 'chip-remove',
            'aria-label': props.t('scope.remove', { name: ref.name }),
          },
          on: { click: () => props.onChange(keys.filter((key) => key !== ref.key)) },
        },
        '×',
      ),
  );
}

export function applicantSetPicker(props: ApplicantSetPickerProps): HTMLElement {
  const keys = props.chosen.map((one) => one.key);
  const typeahead = applicantTypeahead({
    t: props.t,
    lang: props.lang,
    label: props.label,
    name: props.name,
    exclude: () => keys,
    onPick: (ref) => props.onChange(props.max === 1 ? [ref.key] : [...keys, ref.key].slice(0, props.max)),
  });
  return h(
    'div',
    { attrs: { class: 'tool applicant-set', 'data-field': props.name } },
    typeahead,
    h('span', { attrs: { class: 'chips' } }, ...props.chosen.map((ref) => chip(props, ref))),
    props.summary !== undefined && h('span', { attrs: { class: 'applicant-set-summary' } }, props.summary),
  );
}
