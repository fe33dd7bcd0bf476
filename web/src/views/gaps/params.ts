/**
 * This view's URL parameters: `applicant` (target applicant key; default the chain's top applicant),
 * `competitors` (comma list, ≤ 10; default chosen by the API), `metric` (families|share|rta, default
 * families), `sel` (selected branch id). The chain is the scope filter `chain`. Pure.
 */
import { MAX_COMPETITORS } from '@graph-schema/dto/gaps';
import { applicantKey, keyList, keyListParam, oneOf, unlessDefault } from '../navigation/params';
import { GAP_METRICS, type GapMetric } from './matrix-model';
export const DEFAULT_METRIC: GapMetric = 'families';

export interface GapsParams {
  applicant?: string | undefined;
  competitors: string[];
  metric: GapMetric;
  selected?: string | undefined;
}

export function readGapsParams(raw: Record<string, string>): GapsParams {
  return {
    applicant: applicantKey(raw.applicant),
    competitors: keyList(raw.competitors, MAX_COMPETITORS),
    metric: oneOf(raw.metric, GAP_METRICS, DEFAULT_METRIC),
    selected: raw.sel || undefined,
  };
}

export function gapsParamsPatch(params: GapsParams): Record<string, string | undefined> {
  return {
    applicant: params.applicant,
    competitors: keyListParam(params.competitors),
    metric: unlessDefault(params.metric, DEFAULT_METRIC),
    sel: params.selected,
  };
}
