/**
 * FTO risk explanations: why a candidate patent got its level. The English texts are the plain
 * strings the API returned before the codes; none of them ever says "no risk".
 */
import type { FtoExplanationCode } from '@graph-schema/dto/explanation';
import type { LegalStatusWord } from '@graph-schema/vocabulary/legal-status';
import { claimList, explainerFor } from '@server/platform/explanations/explainer';

type NoParams = Record<string, never>;

const FTO_TEXT = {
  'fto.legalStatusMissing': (_: NoParams) => 'legal status missing: needs review',
  'fto.noClaimText': (_: NoParams) => 'no independent claim text to chart: needs review',
  'fto.claimsNotInExport': (_: NoParams) =>
    'the export has no claims for this patent, so there is no claim chart: needs review against the full claims',
  'fto.expired': (_: NoParams) => 'not in force (expired); not zero risk',
  'fto.notInForce': (p: { legalStatus: LegalStatusWord }) => `not in force (${p.legalStatus}); not zero risk`,
  'fto.pendingFullMatch': (p: { claims: number[] }) =>
    `pending application; claim(s) ${claimList(p.claims)} fully matched`,
  'fto.literalMatch': (p: { claims: number[] }) =>
    `every element of claim(s) ${claimList(p.claims)} found identically`,
  'fto.equivalentMatch': (p: { claims: number[] }) =>
    `claim(s) ${claimList(p.claims)}: all elements at least equivalent`,
  'fto.elementMissing': (_: NoParams) =>
    'every independent claim lacks at least one element (all-elements rule); not zero risk',
};

/** The FTO domain's one explanation builder: every code needs an English renderer above. */
export const explainFto = explainerFor<FtoExplanationCode, typeof FTO_TEXT>(FTO_TEXT);
