/**
 * Sector of an applicant from its name, for collaboration analysis (产学研: enterprise–university–
 * research). Exports rarely carry it (incoPat's 申请人类型 does; Lens and Google do not), so one
 * rule set applies to every source. Order matters: a company that owns a research institute
 * (`国网智能电网研究院有限公司`, `XX University Press Ltd`) is an enterprise, so the legal form wins.
 */
import type { PartySector } from '@graph-schema/dto/collaboration';

const COMPANY_FORM_ZH = /公司|株式会社|集团|企业|厂$|工厂/;
const COMPANY_FORM_EN =
  /\b(?:co|ltd|limited|inc|corp|corporation|company|gmbh|ag|llc|plc|s\.?a|bv|nv|kk|oy|ab|spa|srl|sas|pty|pte)\b\.?/i;
/** 学院 but not 科学院 (an academy of sciences is research; 中国科学院大学 still matches 大学). */
const UNIVERSITY_ZH = /大学|(?<!科)学院|学校/;
const UNIVERSITY_EN =
  /\b(?:univ|university|universit[àäeé]t?|college|polytechnic|institute of technology)\b/i;
const RESEARCH_ZH = /研究院|研究所|研究中心|科学院|实验室|研究会|工程中心|技术中心/;
const RESEARCH_EN =
  /\b(?:institut(?:e)?|inst|academy|laborator(?:y|ies)|research|fraunhofer|cnrs|csic|a\*star|riken|nasa|commissariat)\b/i;
/** Words that make an organisation an enterprise even without a legal form (`SONY ELECTRONICS`). */
const BUSINESS_EN =
  /\b(?:technolog(?:y|ies)|tech|systems?|industries|industrial|electronics?|electric|motors?|energy|power|chemicals?|holdings?|group|enterprises?|solutions|networks?|automotive|materials)\b/i;

export interface SectorInput {
  name: string;
  /** Party kind from ingest (person | organisation | unknown). */
  kind?: string | null;
}

export function partySector({ name, kind }: SectorInput): PartySector {
  if (COMPANY_FORM_ZH.test(name) || COMPANY_FORM_EN.test(name)) return 'enterprise';
  if (UNIVERSITY_ZH.test(name) || UNIVERSITY_EN.test(name)) return 'university';
  if (RESEARCH_ZH.test(name) || RESEARCH_EN.test(name)) return 'research';
  if (kind === 'person') return 'individual';
  if (BUSINESS_EN.test(name)) return 'enterprise';
  return 'other';
}
