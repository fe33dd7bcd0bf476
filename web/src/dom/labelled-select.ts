/** A `<select>` inside a toolbar label: the one control shape every view toolbar uses. */
import { h } from './h';

export function labelledSelect(
  label: string,
  name: string,
  options: readonly (readonly [value: string, text: string])[],
  value: string,
  onChange: (value: string) => void,
): HTMLLabelElement {
  const control = h(
    'select',
    { attrs: { name }, on: { change: (event) => onChange((event.target as HTMLSelectElement).value) } },
    ...options.map(([optionValue, text]) =>
      h('option', { attrs: { value: optionValue, selected: optionValue === value } }, text),
    ),
  );
  return h('label', { attrs: { class: 'tool' } }, h('span', null, label), control);
}
