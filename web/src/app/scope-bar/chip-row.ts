/** The row of active-filter chips: each shows its field and display name and removes itself on ×. */
import type { ScopeField } from '@graph-schema/dto/scope';
import { h } from '@web/src/dom/h';
import type { Lang, Translate } from '@web/src/i18n';
import { DEFAULT_FILTERS, type Filters } from '@web/src/scope/filters';
import { chipValueNames } from './chip-names';
import { type ScopeChip, scopeChips, withoutChip } from './chips';

export interface ChipRowProps {
  t: Translate;
  lang: Lang;
  filters: Filters;
  onApply(filters: Filters): void;
}

function fieldLabel(t: Translate, field: ScopeField): string {
  return t(`filter.${field}`);
}

function chipElement(
  props: ChipRowProps,
  chip: ScopeChip,
): { element: HTMLElement; name(text: string): void } {
  const { t } = props;
  const text = h(
    'span',
    { attrs: { class: 'chip-text' } },
    t('scope.chip', { field: fieldLabel(t, chip.field), value: t('scope.loading') }),
  );
  const remove = h(
    'button',
    {
      attrs: {
        type: 'button',
        class: 'chip-remove',
        'aria-label': t('scope.remove', { name: fieldLabel(t, chip.field) }),
      },
      on: { click: () => props.onApply(withoutChip(props.filters, chip)) },
    },
    '×',
  );
  const element = h(
    'span',
    { attrs: { class: 'chip scope-chip', 'data-field': chip.field, 'data-value': chip.value } },
    text,
    remove,
  );
  return {
    element,
    name: (value) => {
      const label = t('scope.chip', { field: fieldLabel(t, chip.field), value });
      text.textContent = label;
      remove.setAttribute('aria-label', t('scope.remove', { name: label }));
      element.dataset.named = 'true';
    },
  };
}

export function chipRow(props: ChipRowProps): HTMLElement {
  const { t } = props;
  const chips = scopeChips(props.filters);
  const row = h('div', { attrs: { class: 'scope-chips', role: 'group', 'aria-label': t('scope.chips') } });
  if (chips.length === 0) {
    row.append(h('span', { attrs: { class: 'scope-none' } }, t('scope.noChips')));
    return row;
  }
  const elements = chips.map((chip) => chipElement(props, chip));
  const clearAll = h(
    'button',
    {
      attrs: { type: 'button', class: 'button button-quiet scope-clear' },
      on: { click: () => props.onApply({ ...DEFAULT_FILTERS }) },
    },
    t('scope.clearAll'),
  );
  row.append(
    h('span', { attrs: { class: 'scope-chips-label' } }, t('scope.chips')),
    ...elements.map((one) => one.element),
    clearAll,
  );
  chipValueNames(t, props.lang, chips)
    .then((names) => {
      for (const [i, name] of names.entries()) elements[i]?.name(name);
    })
    .catch(() => {
      for (const [i, chip] of chips.entries()) elements[i]?.name(chip.value);
      row.append(h('span', { attrs: { class: 'scope-problem' } }, t('scope.namesFailed')));
    });
  return row;
}
