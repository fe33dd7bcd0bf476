/**
 * Peripheral patents around a core patent c (the patent fence, 专利围栏, of core-versus-peripheral analysis):
 * later patents citing c (1–2 hops) and later patents in c's CPC main groups that are textually
 * close, grouped into the own fence (c's owner) and the hostile fence (everyone else).
 *
 * Text closeness: BM25 over title + abstract + claim 1 (CJK-aware tokens) of c and the main-group
 * candidates, queried with c's own text; similarity = a candidate's score / c's score against
 * itself (≈ 1 for a near copy). Members need similarity ≥ `minSimilarity` (default 0.3).
 */

import { int } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import type { FenceMember, FenceQuery, FenceResponse } from '@graph-schema/dto/fence';
import { LegalStatus } from '@graph-schema/vocabulary/legal-status';
import { buildBm25Index } from '@server/analytics/text/bm25';
import { readRows } from '@server/platform/db/read';
import { notFound } from '@server/platform/errors';
import { explainNote } from '@server/platform/explanations/notes';
import { patentFilter } from '@server/platform/visibility/visibility';
import { z } from 'zod';
import { fenceCitersQuery, fenceCoreQuery, fenceSameGroupQuery } from './fence-cypher';
import { concentration, layoutMode, type OwnerTally } from './fence-mode';

/** Rows read per evidence kind: bounds memory and time on dense groups. */
const CANDIDATE_CAP = 5000;

const Party = z.object({ key: z.string(), name: z.string(), order: z.number().nullable() });
type Party = z.infer<typeof Party>;
const PeripheralRow = z.object({
  id: z.string(),
  familyId: z.string().nullable(),
  title: z.string().nullable(),
  priorityDate: z.string().nullable(),
  expiryDate: z.string().nullable(),
  legalStatus: LegalStatus.nullable(),
  owners: z.array(Party),
  applicants: z.array(Party),
  hops: z.number().optional(),
  groupCodes: z.array(z.string()).optional(),
  text: z.string().optional(),
});
type PeripheralRow = z.infer<typeof PeripheralRow>;
const CoreRow = z.object({
  id: z.string(),
  title: z.string().nullable(),
  priorityDate: z.string().nullable(),
  priorityYear: z.number().nullable(),
  cpcCodes: z.array(z.string()),
  text: z.string(),
  owners: z.array(Party),
  applicants: z.array(Party),
});

const firstParty = (owners: Party[], applicants: Party[]) => {
  const list = owners.length > 0 ? owners : applicants;
  const first = [...list].sort((a, b) => (a.order ?? 0) - (b.order ?? 0))[0];
  return first ? { key: first.key, name: first.name } : null;
};

/** 'H01M10/0525' → 'H01M10/' (the main group H01M10/00 as a prefix). */
const mainGroupPrefix = (code: string) => (code.includes('/') ? `${code.split('/')[0]}/` : code);

export async function fenceAround(db: Database, id: string, query: FenceQuery): Promise<FenceResponse> {
  const filter = patentFilter();
  const [core] = await readRows(db, CoreRow, fenceCoreQuery(filter), { ...filter.params, id });
  if (!core) throw notFound('patent', id);
  const groups = [...new Set(core.cpcCodes.map(mainGroupPrefix))].sort();
  const params = { ...filter.params, id, window: query.window, cap: int(CANDIDATE_CAP), groups };
  const [citers, sameGroup] = await Promise.all([
    readRows(db, PeripheralRow, fenceCitersQuery(query.hops === 2 ? 2 : 1, filter), params),
    groups.length > 0
      ? readRows(db, PeripheralRow, fenceSameGroupQuery(filter), params)
      : Promise.resolve([]),
  ]);
  const members = mergeEvidence(citers, textualNeighbours(core.text, sameGroup, query.minSimilarity));
  const coreOwner = firstParty(core.owners, core.applicants);
  const ownKeys = new Set([...core.owners, ...core.applicants].map((party) => party.key));
  const isOwn = (member: FenceMember) => member.owner !== null && ownKeys.has(member.owner.key);
  const own = members.filter(isOwn);
  const hostile = members.filter((member) => !isOwn(member));
  const shape = {
    owners: tally(members),
    ownPatents: own.length,
    ownTextual: own.filter((member) => member.evidence.some((e) => e.kind === 'text')).length,
  };
  const shown = new Set(members.slice(0, query.limit));
  return {
    core: {
      patentId: core.id,
      title: core.title,
      priorityDate: core.priorityDate,
      owner: coreOwner,
      mainGroups: groups.map((prefix) => `${prefix}00`),
    },
    window: {
      from: core.priorityDate,
      toYear: core.priorityYear === null ? null : core.priorityYear + query.window,
    },
    own: { patents: own.length, owners: tally(own), members: own.filter((m) => shown.has(m)) },
    hostile: {
      patents: hostile.length,
      owners: tally(hostile),
      members: hostile.filter((m) => shown.has(m)),
    },
    concentration: concentration(shape),
    layoutMode: layoutMode(shape),
    expiryProfile: expiryProfile(members),
    truncated: members.length > shown.size,
    method: explainNote(query.hops === 2 ? 'note.fenceMethodTwoHops' : 'note.fenceMethodDirect', {
      windowYears: query.window,
      minSimilarity: query.minSimilarity,
    }),
  };
}

function textualNeighbours(coreText: string, rows: PeripheralRow[], minSimilarity: number) {
  const index = buildBm25Index([coreText, ...rows.map((row) => row.text ?? '')]);
  const hits = index.search(coreText, { limit: rows.length + 1 });
  const selfScore = hits.find((hit) => hit.docIndex === 0)?.score ?? 0;
  if (selfScore <= 0) return [];
  return hits.flatMap((hit) => {
    const similarity = hit.score / selfScore;
    if (hit.docIndex === 0 || similarity < minSimilarity) return [];
    return [
      {
        row: rows[hit.docIndex - 1]!,
        similarity,
        bm25: hit.score,
        sharedTerms: hit.matchedTerms.slice(0, 15),
      },
    ];
  });
}

function mergeEvidence(
  citers: PeripheralRow[],
  textual: ReturnType<typeof textualNeighbours>,
): FenceMember[] {
  const members = new Map<string, FenceMember>();
  const memberOf = (row: PeripheralRow) => {
    let member = members.get(row.id);
    if (!member) {
      member = {
        patentId: row.id,
        familyId: row.familyId,
        title: row.title,
        priorityDate: row.priorityDate,
        expiryDate: row.expiryDate,
        legalStatus: row.legalStatus,
        owner: firstParty(row.owners, row.applicants),
        evidence: [],
      };
      members.set(row.id, member);
    }
    return member;
  };
  for (const row of citers) memberOf(row).evidence.push({ kind: 'cites', hops: row.hops ?? 1 });
  for (const { row, similarity, bm25, sharedTerms } of textual) {
    const mainGroups = [...new Set((row.groupCodes ?? []).map((code) => `${mainGroupPrefix(code)}00`))];
    memberOf(row).evidence.push({ kind: 'text', similarity, bm25, sharedTerms, mainGroups });
  }
  // Strongest evidence first: direct citers, then by text similarity.
  const strength = (member: FenceMember) =>
    member.evidence.reduce((best, e) => Math.max(best, e.kind === 'cites' ? 3 - e.hops : e.similarity), 0);
  return [...members.values()].sort(
    (a, b) => strength(b) - strength(a) || a.patentId.localeCompare(b.patentId),
  );
}

function tally(members: readonly FenceMember[]): OwnerTally[] {
  const counts = new Map<string, OwnerTally>();
  for (const member of members) {
    const owner = member.owner ?? { key: '(unknown)', name: '(unknown)' };
    const entry = counts.get(owner.key) ?? { ...owner, patents: 0 };
    entry.patents++;
    counts.set(owner.key, entry);
  }
  return [...counts.values()].sort((a, b) => b.patents - a.patents || a.name.localeCompare(b.name));
}

function expiryProfile(members: readonly FenceMember[]) {
  const counts = new Map<number | null, number>();
  for (const member of members) {
    const year = member.expiryDate ? Number(member.expiryDate.slice(0, 4)) : null;
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts]
    .map(([year, patents]) => ({ year, patents }))
    .sort((a, b) => (a.year ?? 99999) - (b.year ?? 99999));
}
