/** This view's URL parameters: `layout`, `sel` (selected node id), `topApplicants`, `topClasses`. Pure. */
import type { ApplicantCpcLimits } from '@web/src/api/landscape';

export const LIMIT_CHOICES = [10, 20, 30, 50, 100] as const;
export const DEFAULT_LIMITS: ApplicantCpcLimits = { topApplicants: 20, topClasses: 30 };

export interface ApplicantCpcParams {
  limits: ApplicantCpcLimits;
  layout?: string;
  selected?: string;
}

function limitFrom(raw: string | undefined, fallback: number): number {
  const value = Number(raw);
  return (LIMIT_CHOICES as readonly number[]).includes(value) ? value : fallback;
}

export function readParams(viewParams: Record<string, string>): ApplicantCpcParams {
  const params: ApplicantCpcParams = {
    limits: {
      topApplicants: limitFrom(viewParams.topApplicants, DEFAULT_LIMITS.topApplicants),
      topClasses: limitFrom(viewParams.topClasses, DEFAULT_LIMITS.topClasses),
    },
  };
  if (viewParams.layout) params.layout = viewParams.layout;
  if (viewParams.sel) params.selected = viewParams.sel;
  return params;
}

/** A limit as a URL value; the default is left out of the URL. */
export function limitParam(value: number, key: keyof ApplicantCpcLimits): string | undefined {
  return value === DEFAULT_LIMITS[key] ? undefined : String(value);
}
