/**
 * The screening form's values → the `POST /api/fto` body, or the reason it cannot be sent. Pure.
 * The checks are the contract's own (FtoRequest), run before sending so the form can name the field.
 */
import { FtoRequest } from '@graph-schema/dto/fto';
import type { FtoRequestBody } from '@web/src/api/analytics';
import type { MessageKey } from '@web/src/i18n';

export interface RiskFormValues {
  description: string;
  /** One feature per line. */
  featuresText: string;
  jurisdictions: string[];
  asOf: string;
  cpc: string;
  /** The client's own applicants, one per line (optional). */
  ownApplicantsText?: string;
  /** Label the client's patents, or leave them out (counted). */
  ownMode?: 'label' | 'exclude';
  /** Also screen inactive patents whose term has not run out (the API rates them Low: fto.notInForce). */
  includeInactive?: boolean;
}

export type RequestCheck = { ok: true; body: FtoRequestBody } | { ok: false; problem: MessageKey };

/** Results asked for: enough to see the spread of risk levels, few enough to chart quickly. */
export const FTO_RESULT_LIMIT = 20;

/**
 * The form's message for each request field it fills, in the order the form shows them. The
 * contract's "a description or features" rule reports on `description`.
 */
const PROBLEMS: readonly (readonly [field: string, problem: MessageKey])[] = [
  ['description', 'risk.needInput'],
  ['features', 'risk.needInput'],
  ['jurisdictions', 'risk.needJurisdiction'],
  ['asOf', 'risk.badDate'],
  ['cpc', 'risk.badCpc'],
  ['ownPortfolio', 'risk.badOwnPortfolio'],
];

const FEATURE = FtoRequest.shape.features.unwrap().element;

/** The lines the contract takes as features (blank and one-character lines are left out). */
export function featureLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => FEATURE.safeParse(line).success);
}

function problemOf(issues: readonly { path: readonly PropertyKey[] }[]): MessageKey {
  const fields = new Set(issues.map((issue) => issue.path[0]));
  // `limit` is the form's own constant: no issue can name a field outside PROBLEMS.
  return PROBLEMS.find(([field]) => fields.has(field))?.[1] ?? 'risk.needInput';
}

/** The form's values → the request for the page starting at `offset` (0 = first page). */
export function buildFtoRequest(values: RiskFormValues, offset = 0): RequestCheck {
  const body: FtoRequestBody = {
    jurisdictions: values.jurisdictions,
    asOf: values.asOf,
    limit: FTO_RESULT_LIMIT,
    offset,
  };
  const own = (values.ownApplicantsText ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (own.length > 0) body.ownPortfolio = { applicants: own, mode: values.ownMode ?? 'label' };
  // A description too short to screen is left out, like a blank one: the features may still do.
  const description = FtoRequest.shape.description.safeParse(values.description);
  if (description.success && description.data !== undefined) body.description = description.data;
  const features = featureLines(values.featuresText);
  if (features.length > 0) body.features = features;
  if (values.cpc.trim() !== '') body.cpc = values.cpc;
  if (values.includeInactive) body.includeInactive = true;
  const checked = FtoRequest.safeParse(body);
  return checked.success
    ? { ok: true, body: checked.data }
    : { ok: false, problem: problemOf(checked.error.issues) };
}
