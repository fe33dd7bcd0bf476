/**
 * The gaps toolbar's k (competitor ratio): a number input checked with the contract's own schema.
 * A value the API would refuse is named under the field and never sent; a good one reloads the view.
 */
import { h } from '@web/src/dom/h';
import type { Translate } from '@web/src/i18n';
import { parseRatio } from './params';

export function ratioInput(t: Translate, value: number, onChange: (ratio: number) => void): HTMLElement {
  const problem = h('span', {
    attrs: { class: 'tool-problem', role: 'alert', 'data-testid': 'gap-ratio-problem' },
  });
  const input = h('input', {
    attrs: {
      type: 'number',
      name: 'k',
      min: 1,
      max: 100,
      step: 'any',
      value: String(value),
      class: 'input-ratio',
      title: t('gaps.ratio.hint'),
      'data-testid': 'gap-ratio',
    },
  });
  input.addEventListener('change', () => {
    const ratio = parseRatio(input.value);
    const message = ratio === undefined ? t('gaps.ratio.invalid') : '';
    input.setCustomValidity(message);
    input.setAttribute('aria-invalid', String(ratio === undefined));
    problem.textContent = message;
    if (ratio !== undefined && ratio !== value) onChange(ratio);
  });
  return h('label', { attrs: { class: 'tool' } }, h('span', null, t('gaps.ratio.label')), input, problem);
}
