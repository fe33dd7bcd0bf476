/**
 * The technology-route view's URL parameters: `variant` (main-path variant, default key-route),
 * `limit` (families on the citation map, default 300), `pathOnly` (`1` = main path only),
 * `layout` (`preset` = by year, or `dagre`), `sel` (selected patent). Pure; defaults are omitted.
 */
import { MAIN_PATH_VARIANTS } from '@graph-schema/dto/routes';
import type { MainPathVariant } from '@web/src/api/analytics';

export const LIMIT_CHOICES = [100, 300, 500, 1000] as const;
export const ROUTE_LAYOUTS = ['preset', 'dagre'] as const;
export type RouteLayout = (typeof ROUTE_LAYOUTS)[number];

const DEFAULTS = { variant: 'key-route', limit: 300, layout: 'preset' } as const;

export interface RouteParams {
  variant: MainPathVariant;
  limit: number;
  pathOnly: boolean;
  layout: RouteLayout;
  selected?: string;
}

function oneOf<T extends string>(choices: readonly T[], value: string | undefined, fallback: T): T {
  return (choices as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
}

export function readRouteParams(viewParams: Record<string, string>): RouteParams {
  const limit = Number(viewParams.limit);
  const params: RouteParams = {
    variant: oneOf(MAIN_PATH_VARIANTS, viewParams.variant, DEFAULTS.variant),
    limit: (LIMIT_CHOICES as readonly number[]).includes(limit) ? limit : DEFAULTS.limit,
    pathOnly: viewParams.pathOnly === '1',
    layout: oneOf(ROUTE_LAYOUTS, viewParams.layout, DEFAULTS.layout),
  };
  if (viewParams.sel) params.selected = viewParams.sel;
  return params;
}

export function routeParamsToView(params: RouteParams): Record<string, string | undefined> {
  return {
    variant: params.variant === DEFAULTS.variant ? undefined : params.variant,
    limit: params.limit === DEFAULTS.limit ? undefined : String(params.limit),
    pathOnly: params.pathOnly ? '1' : undefined,
    layout: params.layout === DEFAULTS.layout ? undefined : params.layout,
    sel: params.selected,
  };
}
