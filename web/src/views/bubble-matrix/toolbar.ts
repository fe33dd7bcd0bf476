/** Matrix controls: columns (CPC / IPC / chain branches), code level, colour measure, downloads. */
import { h } from '@web/src/dom/h';
import { labelledSelect } from '@web/src/dom/labelled-select';
import type { Translate } from '@web/src/i18n';
import type { BubbleParams } from './params';

export interface ToolbarProps {
  t: Translate;
  params: BubbleParams;
  hasChain: boolean;
  onChange(patch: Partial<BubbleParams>): void;
  downloads: HTMLElement[];
}

export function bubbleToolbar(props: ToolbarProps): HTMLElement {
  const { t, params } = props;
  const shownAxes: BubbleParams['axis'][] = props.hasChain ? ['cpc', 'ipc', 'branch'] : ['cpc', 'ipc'];
  const axes = shownAxes.map((axis): [string, string] => [axis, t(`bubble.axis.${axis}`)]);
  const levels = (['section', 'class', 'subclass', 'group'] as const).map((level): [string, string] => [
    level,
    t(`bubble.level.${level}`),
  ]);
  const colors = (['growth', 'rta'] as const).map((mode): [string, string] => [
    mode,
    t(`bubble.color.${mode}`),
  ]);
  return h(
    'div',
    { attrs: { class: 'toolbar', role: 'toolbar' } },
    labelledSelect(t('bubble.axis'), 'axis', axes, params.axis, (axis) =>
      props.onChange({ axis: axis as BubbleParams['axis'] }),
    ),
    params.axis === 'branch'
      ? null
      : labelledSelect(t('bubble.level'), 'level', levels, params.level, (level) =>
          props.onChange({ level: level as BubbleParams['level'] }),
        ),
    labelledSelect(t('bubble.color'), 'color', colors, params.color, (color) =>
      props.onChange({ color: color as BubbleParams['color'] }),
    ),
    ...props.downloads,
    props.hasChain ? null : h('span', { attrs: { class: 'muted' } }, t('bubble.axis.needsChain')),
  );
}
