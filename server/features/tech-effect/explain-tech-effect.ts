/**
 * Technology–effect explanations: why a matrix cell got its kind. The English texts are the plain
 * strings the API returned before the codes.
 */
import type { TechEffectExplanationCode } from '@graph-schema/dto/explanation';
import { explainerFor } from '@server/platform/explanations/explainer';

type NoParams = Record<string, never>;
/** `expected` is the cell count if effects were spread evenly; only its order of magnitude matters. */
const expectedText = (expected: number) =>
  `expected ~${Math.round(expected)} if effects were spread evenly (indicative)`;

const TECH_EFFECT_TEXT = {
  'techEffect.saturated': (p: { cellFamilies: number; expected: number }) =>
    `${p.cellFamilies} families, ${expectedText(p.expected)} 技术功效集中`,
  'techEffect.inactive': (_: NoParams) => 'row or effect below the activity threshold',
  'techEffect.lowCell': (p: {
    rowFamilies: number;
    effectFamilies: number;
    cellFamilies: number;
    expected: number;
  }) =>
    `row has ${p.rowFamilies} families and the effect ${p.effectFamilies}; this cell ${p.cellFamilies}, ${expectedText(p.expected)}`,
  'techEffect.looseWording': (p: { families: number }) =>
    `${p.families} families of the row state the effect in weaker wording 表述差异`,
  'techEffect.siblingBranch': (p: { families: number }) =>
    `${p.families} families of a sibling branch state the effect and name this branch 分类差异`,
  // Expected is shown to one decimal here: the point is how far below the minimum it is.
  'techEffect.tooFew': (p: { cellFamilies: number; expected: number; minExpected: number }) =>
    `this cell ${p.cellFamilies}, expected ${p.expected} if effects were spread evenly — below ${p.minExpected}, too few to judge`,
};

/** The technology–effect domain's one explanation builder: every code needs an English renderer. */
export const explainTechEffect = explainerFor<TechEffectExplanationCode, typeof TECH_EFFECT_TEXT>(
  TECH_EFFECT_TEXT,
);
