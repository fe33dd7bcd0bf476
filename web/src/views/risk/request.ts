/** The screening form's values → the `POST /api/fto` body, or the reason it cannot be sent. Pure. */
import type { FtoRequestBody } from '@web/src/api/analytics';
import type { MessageKey } from '@web/src/i18n';
import { isIsoDay, normaliseCpc } from './params';

export interface RiskFormValues {
  description: string;
  /** One feature per line. */
  featuresText: string;
  jurisdictions: string[];
  asOf: string;
  cpc: string;
}

export type RequestCheck = { ok: true; body: FtoRequestBody } | { ok: false; problem: MessageKey };

/** Results asked for: enough to see the spread of risk levels, few enough to chart quickly. */
export const FTO_RESULT_LIMIT = 20;

/** The API's bounds (FtoRequest): a description of at least 4 characters, features of at least 2. */
const MIN_DESCRIPTION = 4;
const MIN_FEATURE = 2;

export function featureLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length >= MIN_FEATURE);
}

export function buildFtoRequest(values: RiskFormValues): RequestCheck {
  const description = values.description.trim();
  const features = featureLines(values.featuresText);
  const hasDescription = description.length >= MIN_DESCRIPTION;
  if (!hasDescription && features.length === 0) return { ok: false, problem: 'risk.needInput' };
  if (values.jurisdictions.length === 0) return { ok: false, problem: 'risk.needJurisdiction' };
  if (!isIsoDay(values.asOf)) return { ok: false, problem: 'risk.badDate' };
  const cpcText = values.cpc.trim();
  const cpc = normaliseCpc(cpcText);
  if (cpcText !== '' && cpc === undefined) return { ok: false, problem: 'risk.badCpc' };
  const body: FtoRequestBody = {
    jurisdictions: values.jurisdictions,
    asOf: values.asOf,
    limit: FTO_RESULT_LIMIT,
  };
  if (hasDescription) body.description = description;
  if (features.length > 0) body.features = features;
  if (cpc !== undefined) body.cpc = cpc;
  return { ok: true, body };
}
