/**
 * The demo corpus as the generator sees it: one DemoPatent per published document, already in the
 * language and spelling of its source (CN rows in Chinese for the incoPat sheet, others in English
 * for the Lens CSV). `truth` holds what the generator intended, for evaluating tagging and
 * name normalisation; writers never put it into the export files.
 */
import type { LegalStatus } from '@graph-schema/vocabulary/legal-status';
import type { PartyKind } from '@graph-schema/vocabulary/parties';
import type { PatentType } from '@graph-schema/vocabulary/patent-type';

export const DEMO_OFFICES = ['CN', 'US', 'EP', 'WO', 'JP', 'KR'] as const;
export type Office = (typeof DEMO_OFFICES)[number];

/** The generator files inventions and utility models only. */
export type DemoPatentType = Extract<PatentType, 'invention' | 'utility_model'>;

export interface DemoParty {
  /** Stable id of the fictional entity behind the name, e.g. `dom-ningchuan`, `tail-0042`. */
  entityId: string;
  /** The name exactly as this document spells it (variants are deliberate). */
  name: string;
  kind: Extract<PartyKind, 'organisation' | 'person'>;
}

export interface DemoClaim {
  number: number;
  text: string;
  dependsOn: number[];
}

/** Legal events with the parties the CN export columns need (转让人/受让人, 许可人/被许可人 …). */
export type DemoLegalEventKind =
  | 'publication'
  | 'examination'
  | 'grant'
  | 'rejection'
  | 'withdrawal'
  | 'lapse'
  | 'expiry'
  | 'transfer'
  | 'licence'
  | 'pledge'
  | 'litigation';

export interface DemoLegalEvent {
  kind: DemoLegalEventKind;
  date: string;
  /** Chinese event label as a CN register writes it (实质审查, 授权, 未缴年费 …). */
  label: string;
  from?: string;
  to?: string;
  /** 独占许可 / 普通许可, 侵权纠纷 … */
  detail?: string;
}

export interface DemoLegal {
  status: LegalStatus;
  /** Lens `Legal Status` value: ACTIVE, PENDING, EXPIRED, INACTIVE, DISCONTINUED, UNKNOWN. */
  lensStatus: string;
  /** incoPat 专利有效性: 有效 / 审中 / 失效 / PCT有效期满 …; empty when the source has no status. */
  validity: string;
  lapseDate?: string;
  events: DemoLegalEvent[];
}

export interface DemoPatent {
  /** Normalised key, e.g. `CN112345678A`, `US20210123456A1`, `US11234567B2`. */
  publicationId: string;
  /** Lens display form, e.g. `US 2021/0123456 A1`. */
  displayKey: string;
  lensId: string;
  office: Office;
  kind: string;
  familyId: string;
  /** Application number as the source writes it (`CN202010123456.7`, `US 202117123456 A`). */
  applicationNumber: string;
  applicationDate: string;
  publicationDate: string;
  firstPublicationDate: string;
  grantDate?: string;
  priorities: { number: string; date: string }[];
  earliestPriorityDate: string;
  patentType: DemoPatentType;
  isGrant: boolean;
  title: { zh?: string; en: string };
  abstract: { zh?: string; en: string };
  /** Empty when the source carries no claim text (a few on purpose, so FTO says 待核查). */
  claims: DemoClaim[];
  applicants: DemoParty[];
  owners: DemoParty[];
  inventors: string[];
  ipc: string[];
  ipcMain: string;
  cpc: string[];
  /** Cited publication ids: earlier corpus publications and external documents. */
  citations: string[];
  citedBy: string[];
  /** Publication ids of every published document of the simple family, this one included. */
  familyMembers: string[];
  legal: DemoLegal;
  truth: { topic: string; effects: string[]; applicantEntityIds: string[] };
}

export interface CorpusOptions {
  families: number;
  seed: number;
  startYear: number;
  endYear: number;
}

export const DEFAULT_CORPUS_OPTIONS: CorpusOptions = {
  families: 3000,
  seed: 42,
  startYear: 2008,
  endYear: 2024,
};
