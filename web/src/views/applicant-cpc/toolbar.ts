/** Map controls: layout, list lengths, fit and the PNG/SVG downloads (graph/export-buttons.ts). */
import type { ApplicantCpcLimits } from '@web/src/api/landscape';
import { h } from '@web/src/dom/h';
import type { LayoutDefinition, LayoutId } from '@web/src/graph/layouts';
import type { Translate } from '@web/src/i18n';
import { LIMIT_CHOICES } from './params';

export interface ToolbarProps {
  t: Translate;
  layouts: LayoutDefinition[];
  layout: LayoutId;
  limits: ApplicantCpcLimits;
  onLayout(id: LayoutId): void;
  onLimits(limits: ApplicantCpcLimits): void;
  onFit(): void;
  /** The shared PNG/SVG buttons. */
  exportButtons: HTMLElement;
}

function select(
  label: string,
  name: string,
  options: [string, string][],
  value: string,
  onChange: (v: string) => void,
) {
  const control = h(
    'select',
    { attrs: { name }, on: { change: (event) => onChange((event.target as HTMLSelectElement).value) } },
    ...options.map(([optionValue, text]) =>
      h('option', { attrs: { value: optionValue, selected: optionValue === value } }, text),
    ),
  );
  return h('label', { attrs: { class: 'tool' } }, h('span', null, label), control);
}

export function createToolbar(props: ToolbarProps): HTMLElement {
  const { t, limits } = props;
  const limitOptions = LIMIT_CHOICES.map((n): [string, string] => [String(n), String(n)]);
  return h(
    'div',
    { attrs: { class: 'toolbar', role: 'toolbar' } },
    select(
      t('map.layout'),
      'layout',
      props.layouts.map((layout) => [layout.id, t(layout.labelKey)]),
      props.layout,
      (id) => props.onLayout(id as LayoutId),
    ),
    select(t('map.applicants'), 'topApplicants', limitOptions, String(limits.topApplicants), (n) =>
      props.onLimits({ ...limits, topApplicants: Number(n) }),
    ),
    select(t('map.classes'), 'topClasses', limitOptions, String(limits.topClasses), (n) =>
      props.onLimits({ ...limits, topClasses: Number(n) }),
    ),
    h('button', { attrs: { type: 'button', class: 'button' }, on: { click: props.onFit } }, t('map.fit')),
    props.exportButtons,
  );
}
