/**
 * Turns the skeleton of one family into DemoPatents, one per published document, each in the
 * language and spelling its source shows. Each family renders from its own seeded stream, so its
 * text never depends on the order in which families are written.
 */
import { type ApplicantEntity, chineseName, englishName, teamFor } from './applicants';
import { externalIndex } from './citations';
import { isoFromDay, yearOfDay } from './dates';
import { pickInventors } from './people';
import type { CorpusPlan, PlannedPublication } from './plan';
import type { PlannedFamily, PlannedMember } from './plan-family';
import { Rng } from './prng';
import { renderFamilyText, variantWords } from './text';
import type { DemoLegal, DemoLegalEvent, DemoParty, DemoPatent } from './types';
import { PLEDGEES, TOPICS } from './vocabulary';

const LICENCE_TYPES = ['普通许可', '独占许可', '排他许可'] as const;

export function familyId(family: PlannedFamily): string {
  return String(60_000_001 + family.index);
}

function partyName(entity: ApplicantEntity, chinese: boolean, year: number, rng: Rng): string {
  return chinese ? chineseName(entity, year, rng) : englishName(entity, rng);
}

function party(plan: CorpusPlan, entityIndex: number, chinese: boolean, year: number, rng: Rng): DemoParty {
  const entity = plan.registry.entities[entityIndex]!;
  return {
    entityId: entity.id,
    name: partyName(entity, chinese, year, rng),
    kind: entity.kind === 'individual' ? 'person' : 'organisation',
  };
}

/** IPC and CPC codes shared by the family: main group codes of the branch (or of its title variant), plus occasional noise. */
function familyClassifications(family: PlannedFamily, rng: Rng) {
  const topic = TOPICS[family.topic]!;
  const codes = variantWords(topic, family.title).ipc;
  const ipcMain = rng.pick(codes.slice(0, 3));
  const others = rng.sample(
    codes.filter((code) => code !== ipcMain),
    rng.int(1, 3),
  );
  const noise = family.noiseTopic === undefined ? [] : [rng.pick(TOPICS[family.noiseTopic]!.ipc)];
  const ipc = [...new Set([ipcMain, ...others, ...noise])];
  const cpc = [...ipc, ...rng.sample(topic.cpcExtra, rng.int(1, topic.cpcExtra.length))];
  return { ipcMain, ipc, cpc: [...new Set(cpc)] };
}

/** CN transactions as events; a transfer makes the assignee the current owner (当前权利人). */
function transactionEvents(
  member: PlannedMember,
  plan: CorpusPlan,
  holder: string,
  year: number,
  rng: Rng,
): { events: DemoLegalEvent[]; owner?: DemoParty } {
  const events: DemoLegalEvent[] = [];
  let owner: DemoParty | undefined;
  for (const transaction of [...member.transactions].sort((a, b) => a.date - b.date)) {
    const date = isoFromDay(transaction.date);
    const current = owner?.name ?? holder;
    if (transaction.kind === 'pledge') {
      events.push({
        kind: 'pledge',
        date,
        label: '质押',
        from: current,
        to: PLEDGEES[transaction.counterparty]!,
      });
      continue;
    }
    const entity = plan.registry.entities[transaction.counterparty]!;
    const other = partyName(entity, true, year, rng);
    if (transaction.kind === 'transfer') {
      events.push({ kind: 'transfer', date, label: '权利转移', from: current, to: other });
      owner = {
        entityId: entity.id,
        name: other,
        kind: entity.kind === 'individual' ? 'person' : 'organisation',
      };
    } else if (transaction.kind === 'licence') {
      events.push({
        kind: 'licence',
        date,
        label: '专利实施许可',
        from: current,
        to: other,
        detail: rng.pick(LICENCE_TYPES),
      });
    } else {
      events.push({ kind: 'litigation', date, label: '诉讼', from: current, to: other, detail: '侵权纠纷' });
    }
  }
  return owner === undefined ? { events } : { events, owner };
}

function legalOf(
  member: PlannedMember,
  publication: PlannedPublication,
  extraEvents: DemoLegalEvent[],
  blank: boolean,
): DemoLegal {
  const lifecycle = member.lifecycle;
  if (blank) return { status: 'unknown', lensStatus: 'UNKNOWN', validity: '', events: [] };
  const granted = lifecycle.grantDate !== undefined;
  // Lens marks an application whose grant has issued as PATENTED and keeps the live status on the grant.
  const lensStatus =
    !publication.document.isGrant && granted && member.office !== 'CN' ? 'PATENTED' : lifecycle.lensStatus;
  const events = [
    ...lifecycle.events.map((event) => ({
      kind: event.kind,
      date: isoFromDay(event.date),
      label: event.label,
    })),
    ...extraEvents,
  ];
  events.sort((a, b) => a.date.localeCompare(b.date));
  const legal: DemoLegal = { status: lifecycle.status, lensStatus, validity: lifecycle.validity, events };
  if (lifecycle.lapseDate !== undefined) legal.lapseDate = isoFromDay(lifecycle.lapseDate);
  return legal;
}

export function renderFamily(plan: CorpusPlan, family: PlannedFamily): DemoPatent[] {
  const rng = Rng.derive(plan.options.seed, 'render', familyId(family));
  const topic = TOPICS[family.topic]!;
  const effects = family.effects.map((index) => topic.effects[index]!);
  const text = renderFamilyText(topic, family.title, effects, rng);
  const classes = familyClassifications(family, rng);
  const lead = plan.registry.entities[family.applicants[0]!]!;
  const inventors = pickInventors(teamFor(lead, family.topic), rng);
  const indices = plan.familyPublications[family.index]!;
  const idOf = (target: number) =>
    target >= 0 ? plan.publications[target]!.number.id : plan.externals[externalIndex(target)]!.id;
  const familyMembers = indices.map((index) => plan.publications[index]!.number.id);
  const firstApplication = family.members[0]!.application;
  return indices.map((index) => {
    const publication = plan.publications[index]!;
    const member = family.members[publication.member]!;
    const chinese = member.office === 'CN';
    const year = yearOfDay(publication.document.date);
    const applicants = family.applicants.map((entity) => party(plan, entity, chinese, year, rng));
    const { events, owner } = transactionEvents(member, plan, applicants[0]!.name, year, rng);
    const owners = owner ? [owner] : chinese || member.lifecycle.grantDate !== undefined ? applicants : [];
    const patent: DemoPatent = {
      publicationId: publication.number.id,
      displayKey: publication.number.displayKey,
      lensId: publication.lensId,
      office: member.office,
      kind: publication.document.kind,
      familyId: familyId(family),
      applicationNumber: chinese ? member.application.native : member.application.lens,
      applicationDate: isoFromDay(member.filing),
      publicationDate: isoFromDay(publication.document.date),
      firstPublicationDate: isoFromDay(member.lifecycle.firstPublication),
      priorities:
        publication.member === 0
          ? []
          : [{ number: firstApplication.lens, date: isoFromDay(family.priority) }],
      earliestPriorityDate: isoFromDay(family.priority),
      patentType: member.patentType,
      isGrant: publication.document.isGrant,
      title: chinese ? { zh: text.title.zh, en: text.title.en } : { en: text.title.en },
      abstract: chinese ? { zh: text.abstract.zh, en: text.abstract.en } : { en: text.abstract.en },
      claims: member.claimsMissing ? [] : chinese ? text.claims.zh : text.claims.en,
      applicants,
      owners,
      inventors: inventors.map((person) => (chinese ? person.zh : person.en)),
      ipc: classes.ipc,
      ipcMain: classes.ipcMain,
      cpc: classes.cpc,
      citations: publication.citations.map(idOf),
      citedBy: publication.citedBy.map(idOf),
      familyMembers,
      legal: legalOf(member, publication, events, chinese && rng.chance(0.01)),
      truth: {
        topic: topic.id,
        effects: [...effects],
        applicantEntityIds: applicants.map((entry) => entry.entityId),
      },
    };
    if (publication.document.isGrant && member.lifecycle.grantDate !== undefined)
      patent.grantDate = isoFromDay(member.lifecycle.grantDate);
    return patent;
  });
}
