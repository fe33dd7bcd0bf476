/**
 * The core-patent view's URL parameters: `preset` (default | patsnap | faw), `coreShare` (per cent
 * of families flagged core), `page` (1-based, PAGE_SIZE rows each). Pure; defaults are left out of
 * the URL.
 */
import { PRESET_NAMES } from '@graph-schema/dto/core-patents';
import type { CorePatentsPage, PresetName } from '@web/src/api/analytics';

export const PAGE_SIZE = 50;
export const CORE_SHARE_CHOICES = [5, 10, 15, 20, 30] as const;
const DEFAULT_CORE_SHARE = 10;
const MAX_PAGE = 1000;

export interface CoreParams {
  preset: PresetName;
  /** Per cent, one of CORE_SHARE_CHOICES. */
  coreSharePct: number;
  /** 1-based. */
  page: number;
}

function isPreset(value: string | undefined): value is PresetName {
  return value !== undefined && (PRESET_NAMES as readonly string[]).includes(value);
}

export function readCoreParams(viewParams: Record<string, string>): CoreParams {
  const share = Number(viewParams.coreShare);
  const page = Number(viewParams.page);
  return {
    preset: isPreset(viewParams.preset) ? viewParams.preset : 'default',
    coreSharePct: (CORE_SHARE_CHOICES as readonly number[]).includes(share) ? share : DEFAULT_CORE_SHARE,
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

export function coreParamsToView(params: CoreParams): Record<string, string | undefined> {
  return {
    preset: params.preset === 'default' ? undefined : params.preset,
    coreShare: params.coreSharePct === DEFAULT_CORE_SHARE ? undefined : String(params.coreSharePct),
    page: params.page === 1 ? undefined : String(params.page),
  };
}

/** The API query for these parameters (`coreShare` as a fraction, `offset` from the page). */
export function corePageQuery(params: CoreParams): CorePatentsPage {
  return {
    preset: params.preset,
    coreShare: params.coreSharePct / 100,
    limit: PAGE_SIZE,
    offset: (params.page - 1) * PAGE_SIZE,
  };
}
