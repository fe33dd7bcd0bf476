/**
 * This view's URL parameters: `measure` (families|growth|share|rta, default families), `applicant`
 * (applicant key for share/RTA), `sel` (selected branch id). The chain is the scope filter `chain`. Pure.
 */
import { applicantKey, oneOf, unlessDefault } from '../navigation/params';
import { PANORAMA_MEASURES, type PanoramaMeasure } from './measure';

export interface PanoramaParams {
  measure: PanoramaMeasure;
  applicant?: string | undefined;
  selected?: string | undefined;
}

export const DEFAULT_MEASURE: PanoramaMeasure = 'families';

export function readPanoramaParams(raw: Record<string, string>): PanoramaParams {
  return {
    measure: oneOf(raw.measure, PANORAMA_MEASURES, DEFAULT_MEASURE),
    applicant: applicantKey(raw.applicant),
    selected: raw.sel || undefined,
  };
}

export function panoramaParamsPatch(params: PanoramaParams): Record<string, string | undefined> {
  return {
    measure: unlessDefault(params.measure, DEFAULT_MEASURE),
    applicant: params.applicant,
    sel: params.selected,
  };
}
