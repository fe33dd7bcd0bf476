/**
 * This view's URL parameters: `applicant` (target applicant key; default the chain's top applicant),
 * `competitors` (comma list, ≤ 10; default chosen by the API), `metric` (families|share|rta, default
 * families), `k` (the competitor ratio, 1–100, default the API's 2), `sel` (selected branch id). The chain is the scope filter `chain`. Pure.
 */
import { GapsQuery, MAX_COMPETITORS } from '@graph-schema/dto/gaps';
import { applicantKey, keyList, keyListParam, oneOf, unlessDefault } from '../navigation/params';
import { GAP_METRICS, type GapMetric } from './matrix-model';
export const DEFAULT_METRIC: GapMetric = 'families';

/** The contract's own check of k (a number from 1 to 100) and its default, so the form and the API agree. */
const RATIO = GapsQuery.shape.competitorRatio;
export const DEFAULT_RATIO: number = RATIO.parse(undefined);

/** k from the URL or the form: the number when the API would take it, else undefined. */
export function parseRatio(raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const parsed = RATIO.safeParse(raw.trim());
  return parsed.success ? parsed.data : undefined;
}

export interface GapsParams {
  applicant?: string | undefined;
  competitors: string[];
  metric: GapMetric;
  /** k: a competitor with ≥ k × the target's families in a branch is ahead there. */
  ratio: number;
  selected?: string | undefined;
}

export function readGapsParams(raw: Record<string, string>): GapsParams {
  return {
    applicant: applicantKey(raw.applicant),
    competitors: keyList(raw.competitors, MAX_COMPETITORS),
    metric: oneOf(raw.metric, GAP_METRICS, DEFAULT_METRIC),
    ratio: parseRatio(raw.k) ?? DEFAULT_RATIO,
    selected: raw.sel || undefined,
  };
}

export function gapsParamsPatch(params: GapsParams): Record<string, string | undefined> {
  return {
    applicant: params.applicant,
    competitors: keyListParam(params.competitors),
    metric: unlessDefault(params.metric, DEFAULT_METRIC),
    k: params.ratio === DEFAULT_RATIO ? undefined : String(params.ratio),
    sel: params.selected,
  };
}
