/**
 * Lifecycle explanations (GET /api/landscape/trends): why the stage was chosen, with the numbers
 * the rule compared, and the rule itself with its thresholds.
 */
import type { LifecycleExplanationCode } from '@graph-schema/dto/explanation';
import { explainerFor, signedPercent } from '@server/platform/explanations/explainer';

/** Growth is null when the earlier window is empty (no finite value). */
const growthText = (growth: number | null) => (growth === null ? 'from zero' : signedPercent(growth));

/** A type alias, not an interface: params must fit the open record of ExplanationParams. */
type Windows = {
  recentFamilies: number;
  earlierFamilies: number;
  familyGrowth: number | null;
  applicantGrowth: number | null;
};

const LIFECYCLE_TEXT = {
  'lifecycle.decline': (p: Windows) =>
    `decline: families ${growthText(p.familyGrowth)} (${p.earlierFamilies} → ${p.recentFamilies}) and applicants per year ${growthText(p.applicantGrowth)} (not growing) 衰退期`,
  'lifecycle.emerging': (p: { earlierFamilies: number; emergingBase: number }) =>
    `emerging: ${p.earlierFamilies} families in the earlier 3 years, below the base of ${p.emergingBase} 萌芽期`,
  'lifecycle.growth': (p: Windows) =>
    `growth: families ${growthText(p.familyGrowth)} (${p.earlierFamilies} → ${p.recentFamilies}) and applicants per year ${growthText(p.applicantGrowth)}: new entrants arrive 成长期`,
  'lifecycle.maturity': (p: Windows) =>
    `maturity: families ${growthText(p.familyGrowth)} (${p.earlierFamilies} → ${p.recentFamilies}) and applicants per year ${growthText(p.applicantGrowth)}: neither declining nor growing fast 成熟期`,
  'lifecycle.rule': (p: {
    windowYears: number;
    declineDrop: number;
    emergingBase: number;
    growthFamilies: number;
    growthApplicants: number;
  }) =>
    `Last ${p.windowYears} complete years vs the ${p.windowYears} before: decline if families fall ≥ ${p.declineDrop * 100} % and applicants do not grow; emerging if the earlier window has < ${p.emergingBase} families; growth if families grow > ${p.growthFamilies * 100} % and applicants > ${p.growthApplicants * 100} %; otherwise maturity. 衰退/萌芽/成长/成熟 判定规则。`,
};

/** The lifecycle domain's one explanation builder: every code needs an English renderer above. */
export const explainLifecycle = explainerFor<LifecycleExplanationCode, typeof LIFECYCLE_TEXT>(LIFECYCLE_TEXT);
