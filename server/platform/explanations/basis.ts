/**
 * Basis sentences: what each answer counts and by which date its years go. The date basis is a
 * param (a word clients translate). The count unit is the family as ingest forms it
 * (graph-schema/vocabulary/family.ts), not the textbook simple family, and every sentence says so.
 */
import type { BasisExplanationCode } from '@graph-schema/dto/explanation';
import type { DateBasis } from '@graph-schema/dto/scope';
import { FAMILY_UNIT } from '@graph-schema/vocabulary/family';
import { BASIS_SENTENCE } from '../scope/scope-clause';
import { explainerFor } from './explainer';

type Basis = { dateBasis: DateBasis };
const en = (p: Basis) => BASIS_SENTENCE[p.dateBasis].en;
const zh = (p: Basis) => BASIS_SENTENCE[p.dateBasis].zh;

/** The count unit, spelled out in every sentence (graph-schema/vocabulary/family.ts). */
const FAMILIES = FAMILY_UNIT.en;
const FAMILIES_ZH = FAMILY_UNIT.zh;

const BASIS_TEXT = {
  'basis.landscape': (p: Basis) =>
    `Counts are ${FAMILIES}; a family counts once, in the earliest year of the ${en(p)} among its members in scope. 计数单位为${FAMILIES_ZH}，每个同族只计一次，按范围内成员最早的${zh(p)}归年。`,
  'basis.trends': (p: Basis) =>
    `Years by the ${en(p)}. Applications = distinct application numbers, each in the earliest year among its publications in scope; grants = those with a granted publication; families = ${FAMILIES}, each in the earliest year among its members. 按${zh(p)}归年；申请量按申请号去重，授权量为其中有授权文本者；同族为${FAMILIES_ZH}，按成员最早年份归年。`,
  'basis.composition': (p: Basis) =>
    `Counts are ${FAMILIES} in scope (years by the ${en(p)}); a family counts once per code, branch or field it has. 按范围内${FAMILIES_ZH}计数（${zh(p)}），每个分类/分支/领域各计一次。`,
  'basis.geography': (p: Basis) =>
    `Counts are ${FAMILIES} (years by the ${en(p)}); origin = country of the first priority, else the office of the earliest member; a family counts at every office where a member in scope was filed. 按${FAMILIES_ZH}计数，来源国取首个优先权号国别，否则取最早成员的受理局。`,
  'basis.applicants': (p: Basis) =>
    `Counts are ${FAMILIES} per filing applicant (a co-applied family counts for each applicant); years by the ${en(p)}. 按申请人统计${FAMILIES_ZH}，按${zh(p)}归年。`,
  'basis.inventors': (p: Basis) =>
    `Counts are ${FAMILIES} per inventor; years by the ${en(p)}. 按发明人统计${FAMILIES_ZH}，按${zh(p)}归年。`,
  'basis.legal': (p: Basis) =>
    `Legal status as recorded in the source exports, grouped as active / pending / inactive / unknown; the scope's years are by the ${en(p)}. 法律状态取自数据源并归类，年份按${zh(p)}。`,
  'basis.panorama': (p: Basis) =>
    `Counts are ${FAMILIES} tagged with the branch or any branch below it, years by the ${en(p)}. 计数单位为${FAMILIES_ZH}（含下级分支），按${zh(p)}归年。`,
  'basis.gaps': (p: Basis) =>
    `Counts are ${FAMILIES} tagged with the leaf branch, years by the ${en(p)}; an applicant counts when it is among the filing applicants. 计数单位为${FAMILIES_ZH}，按${zh(p)}归年。`,
  'basis.techEffect': (p: Basis) =>
    `Cells count ${FAMILIES} tagged with the row branch whose title, abstract or claim 1 (any of up to 3 members, zh or en) states the effect; the scope's years are by the ${en(p)}. 单元格为${FAMILIES_ZH}数（标题、摘要、首项权利要求中出现该功效），年份按${zh(p)}。`,
  'basis.coApplicants': (p: Basis) =>
    `Counts are ${FAMILIES} in scope with at least one applicant, years by the ${en(p)}; a family is co-filed when one of its patents names two or more applicants; sectors are guessed from applicant names. 按${FAMILIES_ZH}计数（${zh(p)}）；同族中任一件专利有两个及以上申请人即为合作申请；申请人类型按名称判断。`,
};

/** The basis domain's one explanation builder: every code needs an English renderer above. */
export const explainBasis = explainerFor<BasisExplanationCode, typeof BASIS_TEXT>(BASIS_TEXT);
