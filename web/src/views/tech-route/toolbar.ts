/** Route map controls: main-path variant, map size, main path only, layout, fit, PNG/SVG. */
import { MAIN_PATH_VARIANTS } from '@graph-schema/dto/routes';
import { h } from '@web/src/dom/h';
import { labelledSelect } from '@web/src/dom/labelled-select';
import type { Translate } from '@web/src/i18n';
import { LIMIT_CHOICES, ROUTE_LAYOUTS, type RouteParams } from './params';

export interface RouteToolbarProps {
  t: Translate;
  params: RouteParams;
  /** Variant and limit reload the data; the other changes apply to the drawn graph. */
  onReload(next: RouteParams): void;
  onPathOnly(pathOnly: boolean): void;
  onLayout(layout: RouteParams['layout']): void;
  onFit(): void;
  exportButtons: HTMLElement;
}

export function routeToolbar(props: RouteToolbarProps): HTMLElement {
  const { t, params } = props;
  const pathOnly = h('input', { attrs: { type: 'checkbox', name: 'pathOnly', checked: params.pathOnly } });
  pathOnly.addEventListener('change', () => props.onPathOnly(pathOnly.checked));
  return h(
    'div',
    { attrs: { class: 'toolbar', role: 'toolbar' } },
    labelledSelect(
      t('route.variant'),
      'variant',
      MAIN_PATH_VARIANTS.map((variant) => [variant, t(`route.variant.${variant}`)]),
      params.variant,
      (variant) => props.onReload({ ...params, variant: variant as RouteParams['variant'] }),
    ),
    labelledSelect(
      t('route.limit'),
      'limit',
      LIMIT_CHOICES.map((n) => [String(n), String(n)]),
      String(params.limit),
      (limit) => props.onReload({ ...params, limit: Number(limit) }),
    ),
    h('label', { attrs: { class: 'tool checkbox' } }, pathOnly, t('route.pathOnly')),
    labelledSelect(
      t('map.layout'),
      'layout',
      ROUTE_LAYOUTS.map((layout) => [layout, t(`route.layout.${layout}`)]),
      params.layout,
      (layout) => props.onLayout(layout as RouteParams['layout']),
    ),
    h('button', { attrs: { type: 'button', class: 'button' }, on: { click: props.onFit } }, t('map.fit')),
    props.exportButtons,
  );
}
