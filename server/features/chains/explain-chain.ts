/**
 * Chain-panorama explanations: why a leaf branch is a weak link, and the rules behind the flags.
 * The English texts are the plain strings the API returned before the codes.
 */
import type { ChainExplanationCode } from '@graph-schema/dto/explanation';
import { explainerFor } from '@server/platform/explanations/explainer';

type NoParams = Record<string, never>;

const CHAIN_TEXT = {
  'chain.fewFamilies': (p: { families: number; weakBelow: number }) =>
    `few families: ${p.families} < ${p.weakBelow} 同族数少`,
  'chain.blank': (p: { shareOfLeafFilings: number }) =>
    `blank: ${Math.round(p.shareOfLeafFilings * 100 * 10) / 10} % of leaf filings (< 3 %) and no families in the last 3 complete years 空白分支`,
  'chain.rule.hot': (_: NoParams) =>
    'hot: share of leaf filings > 15 %, or 3-year growth > 50 % with ≥ 3 applicants holding ≥ 3 families each. 热点：占比>15%，或三年增长>50%且主要申请人≥3。',
  'chain.rule.blank': (_: NoParams) =>
    'blank: share of leaf filings < 3 % and no families in the last 3 complete years. 空白：占比<3%且近三年无申请。',
  'chain.rule.weakLink': (_: NoParams) =>
    'weak link: a leaf branch that is blank or has fewer families than `weakBelow`. 薄弱环节：空白分支或同族数低于阈值的末级分支。',
  'chain.rule.rta': (_: NoParams) =>
    'RTA = (own families in branch / own families in all leaves) / (branch families / families of all leaves); > 1 = relative specialisation. 显示性技术优势。',
};

/** The chain domain's one explanation builder: every code needs an English renderer above. */
export const explainChain = explainerFor<ChainExplanationCode, typeof CHAIN_TEXT>(CHAIN_TEXT);
