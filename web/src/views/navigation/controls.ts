/** Toolbar controls shared by the navigation views: labelled selects and a checkbox list. */
import { h } from '@web/src/dom/h';

export type Choice = readonly [value: string, text: string];

export function selectTool(
  label: string,
  name: string,
  choices: readonly Choice[],
  value: string,
  onChange: (value: string) => void,
): HTMLElement {
  const control = h(
    'select',
    { attrs: { name }, on: { change: (event) => onChange((event.target as HTMLSelectElement).value) } },
    ...choices.map(([optionValue, text]) =>
      h('option', { attrs: { value: optionValue, selected: optionValue === value } }, text),
    ),
  );
  return h('label', { attrs: { class: 'tool' } }, h('span', null, label), control);
}

/**
 * A compact multi-choice (competitors): a <details> drop-down of checkboxes with an apply button,
 * so several boxes can be ticked before the view reloads once.
 */
export function checkboxTool(
  label: string,
  name: string,
  choices: readonly Choice[],
  checked: readonly string[],
  texts: { apply: string; summary: string },
  onApply: (values: string[]) => void,
): HTMLElement {
  const boxes = choices.map(([value, text]) => {
    const box = h('input', { attrs: { type: 'checkbox', name, value, checked: checked.includes(value) } });
    return { box, row: h('label', { attrs: { class: 'check-row' } }, box, h('span', null, text)) };
  });
  const apply = h(
    'button',
    {
      attrs: { type: 'button', class: 'button button-small' },
      on: { click: () => onApply(boxes.filter(({ box }) => box.checked).map(({ box }) => box.value)) },
    },
    texts.apply,
  );
  return h(
    'div',
    { attrs: { class: 'tool' } },
    h('span', null, label),
    h(
      'details',
      { attrs: { class: 'check-list' } },
      h('summary', null, texts.summary),
      h('div', { attrs: { class: 'check-list-body' } }, ...boxes.map(({ row }) => row), apply),
    ),
  );
}

export function fitButton(label: string, onFit: () => void): HTMLButtonElement {
  return h('button', { attrs: { type: 'button', class: 'button' }, on: { click: onFit } }, label);
}
