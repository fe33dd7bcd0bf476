/**
 * The risk view's URL parameters: `jur` (offices, comma list), `asOf` (YYYY-MM-DD), `riskCpc`
 * (CPC prefix). Pure. Only these non-confidential inputs are kept in the URL: the product
 * description and the feature list are confidential (trade secrets before launch), and a URL ends up
 * in browser history, server logs and shared links, so they are never written there.
 * `jur` and `riskCpc` are not named `jurisdiction`/`cpc`: those are scope filters of every view.
 */
import { FtoRequest } from '@graph-schema/dto/fto';
import type { Filters } from '@web/src/scope/filters';

/** Offices the screening form offers (the demo corpus and the FTO index cover these). */
export const FTO_JURISDICTIONS = ['CN', 'US', 'EP', 'JP', 'KR', 'WO'] as const;
const DEFAULT_JURISDICTIONS = ['CN'];

export interface RiskParams {
  jurisdictions: string[];
  asOf: string;
  cpc?: string;
}

/** A calendar day (YYYY-MM-DD) the FTO request accepts as its as-of date. */
function isAsOfDay(text: string): boolean {
  return FtoRequest.shape.asOf.safeParse(text).success;
}

/** The CPC prefix as the FTO request normalises it (upper case, no spaces), or undefined when unusable. */
function normaliseCpc(text: string | undefined): string | undefined {
  const cpc = FtoRequest.shape.cpc.safeParse(text);
  return cpc.success ? cpc.data : undefined;
}

export function todayIso(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

function offered(codes: readonly string[]): string[] {
  return FTO_JURISDICTIONS.filter((code) => codes.includes(code));
}

/** URL values first; otherwise the scope filters (jurisdiction, CPC); otherwise CN and today. */
export function readRiskParams(
  viewParams: Record<string, string>,
  filters: Filters,
  today: string,
): RiskParams {
  const fromUrl = offered((viewParams.jur ?? '').toUpperCase().split(','));
  const fromFilters = offered(filters.jurisdiction);
  const jurisdictions =
    fromUrl.length > 0 ? fromUrl : fromFilters.length > 0 ? fromFilters : DEFAULT_JURISDICTIONS;
  const asOf = viewParams.asOf && isAsOfDay(viewParams.asOf) ? viewParams.asOf : today;
  const cpc = normaliseCpc(viewParams.riskCpc) ?? normaliseCpc(filters.cpc);
  return cpc === undefined ? { jurisdictions, asOf } : { jurisdictions, asOf, cpc };
}

/** The patch for `setViewParams`: today's date and an empty CPC are left out of the URL. */
export function riskParamsToView(params: RiskParams, today: string): Record<string, string | undefined> {
  return {
    jur: params.jurisdictions.join(','),
    asOf: params.asOf === today ? undefined : params.asOf,
    riskCpc: params.cpc,
  };
}
