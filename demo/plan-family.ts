/**
 * Plans one family: when it was first filed, by whom, on which branch, where it was extended, and
 * the life of each member up to the as-of date. Only compact facts are kept; text is rendered later.
 */
import type { ApplicantEntity, ApplicantRegistry, HomeOffice } from './applicants';
import { addMonths, type DayNumber, dayFromParts } from './dates';
import { type Lifecycle, planLifecycle } from './legal';
import { type ApplicationNumber, applicationNumber } from './numbering';
import type { Rng } from './prng';
import { planTransactions } from './transactions';
import type { DemoPatentType, Office } from './types';
import { TOPICS, topicWeightInYear } from './vocabulary';

export type TransactionKind = 'transfer' | 'licence' | 'pledge' | 'litigation';

export interface PlannedTransaction {
  kind: TransactionKind;
  date: DayNumber;
  /** Entity index of the assignee, licensee or defendant; pledgee index for pledges. */
  counterparty: number;
}

export interface PlannedMember {
  office: Office;
  patentType: DemoPatentType;
  filing: DayNumber;
  viaPct: boolean;
  application: ApplicationNumber;
  lifecycle: Lifecycle;
  transactions: PlannedTransaction[];
  /** The export carries no claim text for this record (FTO must then say 待核查). */
  claimsMissing: boolean;
}

export interface PlannedFamily {
  index: number;
  topic: number;
  title: number;
  effects: number[];
  /** Entity indices; the first is the lead applicant. */
  applicants: number[];
  priority: DayNumber;
  members: PlannedMember[];
  /** A branch whose IPC is added by mistake: classification noise, so tagging precision is not 100 %. */
  noiseTopic?: number;
}

export interface FamilyContext {
  registry: ApplicantRegistry;
  cumulativeWeights: Float64Array;
  startYear: number;
  endYear: number;
  asOf: DayNumber;
  /** Next serial per office, year and CN type: application numbers never repeat. */
  applicationCounters: Map<string, number>;
}

/** Rising then flattening filing curve (logistic around 2016), as NEV and battery filings did. */
function pickYear(context: FamilyContext, rng: Rng): number {
  const weights: number[] = [];
  for (let year = context.startYear; year <= context.endYear; year += 1) {
    weights.push(0.03 + 1 / (1 + Math.exp(-(year - 2016) / 2.2)));
  }
  return context.startYear + rng.weightedIndex(weights);
}

function pickLead(context: FamilyContext, rng: Rng): number {
  const weights = context.cumulativeWeights;
  const target = rng.next() * weights[weights.length - 1]!;
  let low = 0;
  let high = weights.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (weights[middle]! > target) high = middle;
    else low = middle + 1;
  }
  return low;
}

function pickTopic(entity: ApplicantEntity, year: number, rng: Rng): number {
  const weights = entity.topics.map((entry) => entry.weight * topicWeightInYear(TOPICS[entry.topic]!, year));
  return entity.topics[rng.weightedIndex(weights)]!.topic;
}

function pickTitle(topic: number, year: number, rng: Rng): number {
  const titles = TOPICS[topic]!.titles;
  const open = titles.flatMap((title, index) => ((title.since ?? 0) <= year ? [index] : []));
  return open.length > 0 ? rng.pick(open) : 0;
}

/** A university partner on some company filings, a company partner on some university filings. */
function coApplicants(lead: number, context: FamilyContext, rng: Rng): number[] {
  const entity = context.registry.entities[lead]!;
  if (entity.home !== 'CN') return [lead];
  if (entity.kind === 'company' && rng.chance(0.08)) return [lead, rng.pick(context.registry.universities)];
  if (entity.kind === 'university' && rng.chance(0.15)) return [lead, rng.pick(context.registry.companies)];
  return [lead];
}

/** Offices beyond the first filing: most families stay home, a few go to 3–6 offices. */
function extensionOffices(home: HomeOffice, entity: ApplicantEntity, rng: Rng): Office[] {
  if (!rng.chance(entity.abroad)) return [];
  const candidates: [Office, number][] = [
    ['WO', 0.7],
    ['CN', home === 'CN' ? 0 : 0.8],
    ['US', 0.6],
    ['EP', 0.45],
    ['JP', 0.3],
    ['KR', 0.3],
  ];
  const chosen = candidates
    .filter(([office, chance]) => office !== home && rng.chance(chance))
    .map(([office]) => office);
  return chosen.length > 0 ? chosen.slice(0, 5) : [home === 'US' ? 'EP' : 'US'];
}

function nextApplication(
  context: FamilyContext,
  office: Office,
  filing: DayNumber,
  cnType: 1 | 2 | 8,
  home: HomeOffice,
  rng: Rng,
) {
  const year = new Date(filing * 86_400_000).getUTCFullYear();
  const key = `${office}-${year}-${cnType}`;
  const count = context.applicationCounters.get(key) ?? 0;
  context.applicationCounters.set(key, count + 1);
  const serial = 10_000 + count * 13 + rng.int(0, 12);
  return applicationNumber(office, year, serial, { cnType, receivingOffice: home });
}

function patentTypeFor(office: Office, topic: number, entity: ApplicantEntity, rng: Rng): DemoPatentType {
  if (office !== 'CN') return 'invention';
  const share = TOPICS[topic]!.utilityModelShare * (entity.kind === 'individual' ? 1.6 : 1);
  return rng.chance(Math.min(0.9, share)) ? 'utility_model' : 'invention';
}

interface MemberDraft {
  office: Office;
  filing: DayNumber;
  entry?: DayNumber;
  viaPct: boolean;
}

/** First filing at the priority date; PCT then national phases at 30 months, or Paris filings at 12. */
function memberDrafts(
  home: HomeOffice,
  entity: ApplicantEntity,
  priority: DayNumber,
  rng: Rng,
): MemberDraft[] {
  const extensions = extensionOffices(home, entity, rng);
  const drafts: MemberDraft[] = [{ office: home, filing: priority, viaPct: false }];
  const pctFiling = addMonths(priority, 11) + rng.int(0, 25);
  const viaPct = extensions.includes('WO');
  for (const office of extensions) {
    if (office === 'WO') drafts.push({ office, filing: pctFiling, viaPct: false });
    else if (viaPct)
      drafts.push({
        office,
        filing: pctFiling,
        entry: addMonths(priority, 30) + rng.int(0, 20),
        viaPct: true,
      });
    else drafts.push({ office, filing: addMonths(priority, 11) + rng.int(0, 25), viaPct: false });
  }
  return drafts;
}

export function planMember(
  draft: MemberDraft,
  family: PlannedFamily,
  context: FamilyContext,
  rng: Rng,
): PlannedMember {
  const lead = context.registry.entities[family.applicants[0]!]!;
  const patentType = patentTypeFor(draft.office, family.topic, lead, rng);
  const cnType = draft.viaPct ? 8 : patentType === 'utility_model' ? 2 : 1;
  const lifecycle = planLifecycle(
    {
      office: draft.office,
      patentType,
      filing: draft.filing,
      priority: family.priority,
      asOf: context.asOf,
      ...(draft.entry ? { entry: draft.entry } : {}),
    },
    rng,
  );
  return {
    office: draft.office,
    patentType,
    filing: draft.filing,
    viaPct: draft.viaPct,
    application: nextApplication(context, draft.office, draft.filing, cnType, lead.home, rng),
    lifecycle,
    transactions: [],
    claimsMissing: rng.chance(0.02),
  };
}

/**
 * Plans family `index`. The first filing must be published by the as-of date (a family nobody can
 * see is not in any export), so the priority date is redrawn until it is.
 */
export function planFamily(index: number, context: FamilyContext, rng: Rng): PlannedFamily {
  const lead = pickLead(context, rng);
  const entity = context.registry.entities[lead]!;
  for (let attempt = 0; ; attempt += 1) {
    const year = attempt < 20 ? pickYear(context, rng) : context.startYear;
    const priority = dayFromParts(year, 1, 1) + rng.int(0, 364);
    const topic = pickTopic(entity, year, rng);
    const family: PlannedFamily = {
      index,
      topic,
      title: pickTitle(topic, year, rng),
      effects: [],
      applicants: coApplicants(lead, context, rng),
      priority,
      members: [],
    };
    const drafts = memberDrafts(entity.home, entity, priority, rng);
    const members = drafts.map((draft) => planMember(draft, family, context, rng));
    if (members[0]!.lifecycle.firstPublication > context.asOf) continue;
    family.members = members.filter((member) => member.lifecycle.firstPublication <= context.asOf);
    for (const member of family.members) {
      member.transactions = planTransactions(member, lead, context.registry, context.asOf, rng);
    }
    const effectCount = TOPICS[topic]!.effects.length;
    family.effects = rng.sample([...Array(effectCount).keys()], rng.int(1, Math.min(3, effectCount)));
    if (rng.chance(0.05)) family.noiseTopic = rng.int(0, TOPICS.length - 1);
    return family;
  }
}
