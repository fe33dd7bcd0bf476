/**
 * Map explanations: what sizes and weights count (MapData.measure) and what a bounded map left out
 * or merged (MapData.note). The English texts are the plain strings the API returned before the codes.
 */
import type { MapExplanationCode } from '@graph-schema/dto/explanation';
import type { DateBasis } from '@graph-schema/dto/scope';
import { FAMILY_UNIT } from '@graph-schema/vocabulary/family';
import { BASIS_SENTENCE } from '../scope/scope-clause';
import { explainBasis } from './basis';
import { explainerFor } from './explainer';

type Basis = { dateBasis: DateBasis };
const MAIN_PATH_TAIL =
  ' of the family citation graph in knowledge-flow direction (cited → citing); edge weight = SPC (source→sink paths ' +
  'through the citation); node size = default core score; x = earliest priority year. 技术路线（主路径）。';

type Dropped = { againstTime: number; inCycles: number };
const DROPPED_RULE = (p: Dropped) =>
  `${p.againstTime} run against priority time (the citing family's earliest priority is earlier than the cited one's) ` +
  `and ${p.inCycles} closed a cycle among same-day or undated families (dropped by priority date, then id order)`;

const MAP_TEXT = {
  'map.topApplicantsAndClasses': (p: {
    shownApplicants: number;
    totalApplicants: number;
    shownClasses: number;
    totalClasses: number;
  }) =>
    `Showing the top ${p.shownApplicants} of ${p.totalApplicants} applicants and ${p.shownClasses} of ${p.totalClasses} CPC subclasses. 仅显示前 ${p.shownApplicants}/${p.totalApplicants} 个申请人与 ${p.shownClasses}/${p.totalClasses} 个CPC小类。`,
  'map.topApplicantsAggregated': (p: {
    shownApplicants: number;
    totalApplicants: number;
    otherApplicants: number;
  }) =>
    `Showing the top ${p.shownApplicants} of ${p.totalApplicants} applicants; the other ${p.otherApplicants} are aggregated into one node (families without a top applicant). 仅显示前 ${p.shownApplicants}/${p.totalApplicants} 个申请人，其余合并。`,
  'map.topFamiliesByCoreScore': (p: { shownFamilies: number; totalFamilies: number }) =>
    `top ${p.shownFamilies} of ${p.totalFamilies} families by core score; citations to families not shown are omitted`,
  'map.measure.applicantCpc': (p: Basis) =>
    `Node size and edge weight = ${FAMILY_UNIT.en} (years by ${BASIS_SENTENCE[p.dateBasis].en}). 节点大小与连线粗细 = ${FAMILY_UNIT.zh}数（按${BASIS_SENTENCE[p.dateBasis].zh}）。`,
  'map.measure.applicantBranch': (p: Basis) =>
    `Edge weight = ${FAMILY_UNIT.en} of the applicant in the leaf branch (years by ${BASIS_SENTENCE[p.dateBasis].en}); branch size = sum of its edges. 连线 = 申请人在该分支的同族数。`,
  'map.measure.panorama': (p: Basis) =>
    `Node size = families (${explainBasis('basis.panorama', p).text}); edges = part of. 节点大小 = 同族数。`,
  'map.measure.citations': (_: Record<string, never>) =>
    `Nodes: ${FAMILY_UNIT.en}, id = representative publication; size = default core score (0–100); ` +
    'edges: citing family → cited family, among the families shown. 引文图谱（按核心度取前 N 个同族）。',
  'map.measure.mainPath': (p: { variant: 'local-forward' | 'global' }) =>
    `Main path (${p.variant})${MAIN_PATH_TAIL}`,
  'map.measure.mainPathKeyRoute': (p: { k: number }) => `Main path (key-route, k = ${p.k})${MAIN_PATH_TAIL}`,
  'map.measure.coApplicants': (p: Basis) =>
    `Node size = ${FAMILY_UNIT.en} co-filed with another applicant; link = families filed jointly on one patent (years by ${BASIS_SENTENCE[p.dateBasis].en}). 节点大小 = 与他人共同申请的${FAMILY_UNIT.zh}数；连线 = 在同一件专利上共同申请的同族数（按${BASIS_SENTENCE[p.dateBasis].zh}）。`,
  'map.measure.coInventors': (p: Basis) =>
    `Node size = ${FAMILY_UNIT.en} of the inventor; link weight = families both inventors invented; years by the ${BASIS_SENTENCE[p.dateBasis].en}. 节点 = 发明人的${FAMILY_UNIT.zh}数，连线 = 两人共同发明的同族数，按${BASIS_SENTENCE[p.dateBasis].zh}归年。`,
  'map.topCollaborators': (p: {
    shownApplicants: number;
    totalApplicants: number;
    shownLinks: number;
    totalLinks: number;
  }) =>
    `Showing the top ${p.shownApplicants} of ${p.totalApplicants} collaborating applicants and the ${p.shownLinks} heaviest of ${p.totalLinks} links among them. 仅显示前 ${p.shownApplicants}/${p.totalApplicants} 个合作申请人及其间最强的 ${p.shownLinks}/${p.totalLinks} 条连线。`,
  'map.topInventors': (p: { shownInventors: number; totalInventors: number; leftOut: number }) =>
    `Showing the top ${p.shownInventors} of ${p.totalInventors} inventors by families; ${p.leftOut} left out, with their links. 仅显示前 ${p.shownInventors}/${p.totalInventors} 位发明人，其余 ${p.leftOut} 位及其连线未显示。`,
  'map.mainPathDroppedLinks': (p: Dropped) =>
    `${p.againstTime + p.inCycles} citation links dropped before counting paths: ${DROPPED_RULE(p)}. ` +
    `去掉 ${p.againstTime} 条逆时间引用、${p.inCycles} 条环路引用。`,
  'map.mainPathNoCitations': (p: { families: number }) =>
    `No main path: there are no citation links among the ${p.families} families in scope. 范围内同族之间没有引用关系，无主路径。`,
  'map.mainPathEmpty': (p: Dropped & { citationLinks: number }) =>
    `No main path: none of the ${p.citationLinks} citation links among the families in scope is left after ` +
    `dropping those that break the time order: ${DROPPED_RULE(p)}. 去掉逆时间与环路引用后无主路径。`,
};

/** The map domain's one explanation builder: every code needs an English renderer above. */
export const explainMap = explainerFor<MapExplanationCode, typeof MAP_TEXT>(MAP_TEXT);
