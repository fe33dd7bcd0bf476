/**
 * The technology–effect matrix of a chain: rows = branches; columns = the lexicon's effects and the
 * free effect phrases (phrases/) stated by at least minColumnFamilies families (the most frequent
 * MAX_PHRASE_COLUMNS); cells = families.
 */

import { int } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import type { TechEffectQuery, TechEffectResponse } from '@graph-schema/dto/tech-effect';
import { readRows } from '@server/platform/db/read';
import { explainBasis } from '@server/platform/explanations/basis';
import { explainNote } from '@server/platform/explanations/notes';
import { effectiveLeaves } from '@server/platform/scope/branch-membership';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { z } from 'zod';
import type { BranchNode, ChainStructure } from '../chains/chain-structure';
import { readDictionary } from './dictionary/dictionary-reads';
import {
  applyHandTags,
  LEXICON_DICTIONARY,
  type MatrixDictionary,
  matrixDictionary,
} from './dictionary/matrix-dictionary';
import { compileName, mentions, prepareText } from './extract';
import { type FamilyEffects, familyEffects, freeEffectName } from './family-effects';
import { buildMatrix, type MatrixFamily } from './matrix';

const CountRow = z.object({ families: z.number() });

/** Free-phrase columns beyond this many would drown the lexicon's; the rarest are left out. */
const MAX_PHRASE_COLUMNS = 20;

/**
 * Up to three members per family are read: enough for both languages without loading whole
 * families. They are chosen in a stated order — members with a Chinese title first, then with an
 * English title, then by id — so the CN member's text is always read and the choice can be
 * checked (test/api-effect-dictionary.int.test.ts repeats it). Branch membership per the one
 * helper: in a project, its hand includes and excludes count.
 */
const FAMILY_TEXTS = (where: string, project: boolean) => `
MATCH (p:Patent) WHERE ${where}
${effectiveLeaves('p', project)}
WITH p, leaf ORDER BY p.titleZh IS NULL, p.titleEn IS NULL, p.id
WITH p.familyId AS family, collect(DISTINCT leaf.lineage) AS lineages, collect(DISTINCT p) AS members
ORDER BY family LIMIT $maxFamilies
RETURN family, lineages,
       [m IN members[0..3] | [m.id, m.titleZh, m.abstractZh, m.claim1, m.titleEn, m.abstractEn]] AS texts`;

const FAMILY_COUNT = (where: string, project: boolean) => `
MATCH (p:Patent) WHERE ${where}
${effectiveLeaves('p', project)}
RETURN count(DISTINCT p.familyId) AS families`;

const maybe = z.string().nullable();
/** One member's texts as FAMILY_TEXTS returns them: id, title zh, abstract zh, claim 1, title en, abstract en. */
const Text = z.tuple([z.string(), maybe, maybe, maybe, maybe, maybe]);
const FamilyTextsRow = z.object({
  family: z.string(),
  lineages: z.array(z.array(z.string())),
  texts: z.array(Text),
});

/** The dictionary of the query's project (its own once edited), else the shipped lexicon. */
export async function dictionaryFor(db: Database, project: string | undefined): Promise<MatrixDictionary> {
  const stored = project === undefined ? null : await readDictionary(db, project);
  return stored ? matrixDictionary(stored) : LEXICON_DICTIONARY;
}

export async function techEffectMatrix(
  db: Database,
  structure: ChainStructure,
  query: TechEffectQuery,
  given?: MatrixDictionary,
): Promise<TechEffectResponse> {
  const dictionary = given ?? (await dictionaryFor(db, query.project));
  const scope = scopeClause(query);
  const params = { ...scope.params, chain: structure.id, maxFamilies: int(query.maxFamilies) };
  const [rows, counted] = await Promise.all([
    readRows(db, FamilyTextsRow, FAMILY_TEXTS(scope.where, query.project !== undefined), params),
    readRows(db, CountRow, FAMILY_COUNT(scope.where, query.project !== undefined), params),
  ]);
  const rowBranches = matrixRows(structure, query.rowLevel);
  const rowNames = rowBranches.map((b) => ({ id: b.id, name: compileName(b.name) }));
  const freeObjects: FamilyEffects['freeObjects'] = new Map();
  const families: MatrixFamily[] = rows.map((row) => {
    const texts = [...row.texts].sort((a, b) => a[0].localeCompare(b[0]));
    const text = prepareText({
      zh: texts.flatMap((t) => [t[1], t[2], t[3]]),
      en: texts.flatMap((t) => [t[4], t[5], t[3]]),
    });
    const members = texts.map(([patent, titleZh, abstractZh, claim1, titleEn, abstractEn]) => ({
      patent,
      texts: { titleZh, abstractZh, claim1, titleEn, abstractEn },
    }));
    const read = familyEffects(text, members, dictionary.compiled, dictionary.canonical);
    const hits = { ...read, ...applyHandTags(row.family, read, dictionary) };
    for (const [key, free] of hits.freeObjects) if (!freeObjects.has(key)) freeObjects.set(key, free);
    const rowIds = new Set(
      row.lineages.map((lineage) => (query.rowLevel === 'L1' ? lineage[0]! : lineage.at(-1)!)),
    );
    return {
      family: row.family,
      example: texts[0]![0],
      rows: [...rowIds],
      strict: hits.strict,
      loose: hits.loose,
      evidence: hits.evidence,
      handAdded: hits.handAdded,
      handRemoved: hits.handRemoved,
      mentionedRows: new Set(rowNames.filter((r) => mentions(text, r.name)).map((r) => r.id)),
    };
  });
  const phraseColumns = frequentFreeEffects(families, freeObjects, query.minColumnFamilies);
  const columns = [
    ...dictionary.effects.map((e) => ({ id: e.id, name: e.name, origin: 'lexicon' as const })),
    ...phraseColumns.map((key) => ({
      id: key,
      name: freeEffectName(freeObjects.get(key)!),
      origin: 'phrase' as const,
    })),
  ];
  const matrix = buildMatrix(families, {
    rows: rowBranches.map((b) => ({ id: b.id, siblings: siblingsOf(b, rowBranches) })),
    effects: columns.map((c) => c.id),
    minRowFamilies: query.minRowFamilies,
    minColumnFamilies: query.minColumnFamilies,
    minExpectedFamilies: query.minExpectedFamilies,
    examples: query.examples,
  });
  const total = counted[0]?.families ?? 0;
  const kindOrder = { white_space: 0, apparent_gap: 1 } as const;
  return {
    chain: { id: structure.id, name: structure.name },
    rowLevel: query.rowLevel,
    dateBasis: query.dateBasis,
    basis: explainBasis('basis.techEffect', { dateBasis: query.dateBasis }),
    rows: rowBranches.map((b, i) => ({ id: b.id, name: b.name, ...pick(matrix.rows[i]!) })),
    effects: columns.map((c, i) => ({ ...c, ...pick(matrix.effects[i]!) })),
    families: families.length,
    familiesWithEffect: matrix.familiesWithEffect,
    cells: matrix.cells,
    candidates: matrix.cells
      .filter((c) => c.kind === 'white_space' || c.kind === 'apparent_gap')
      .sort(
        (a, b) => kindOrder[a.kind as keyof typeof kindOrder] - kindOrder[b.kind as keyof typeof kindOrder],
      ),
    truncated: total > families.length,
    notes: [
      ...(total > families.length
        ? [explainNote('note.techEffectTruncated', { readFamilies: families.length, totalFamilies: total })]
        : []),
      explainNote('note.techEffectLexicon', {}),
      explainNote('note.techEffectIndicative', {}),
    ],
    dictionary: { origin: dictionary.origin, version: dictionary.version, handTags: dictionary.tagCount },
  };
}

/** Free effects stated by at least `min` families, most frequent first (ties by key), capped. */
function frequentFreeEffects(
  families: readonly MatrixFamily[],
  free: ReadonlyMap<string, unknown>,
  min: number,
): string[] {
  const counts = new Map<string, number>();
  for (const family of families) {
    for (const effect of family.strict)
      if (free.has(effect)) counts.set(effect, (counts.get(effect) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, n]) => n >= min)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_PHRASE_COLUMNS)
    .map(([key]) => key);
}

const pick = (info: { families: number; active: boolean }) => ({
  families: info.families,
  active: info.active,
});

function matrixRows(structure: ChainStructure, level: TechEffectQuery['rowLevel']): BranchNode[] {
  return structure.branches.filter((b) => (level === 'L1' ? b.level === 1 : b.isLeaf));
}

/** Siblings share the parent branch (or, for level-1 rows, the segment). */
function siblingsOf(branch: BranchNode, rows: readonly BranchNode[]): string[] {
  const parentOf = (b: BranchNode) => b.lineage.at(-2) ?? b.segment;
  return rows.filter((b) => b.id !== branch.id && parentOf(b) === parentOf(branch)).map((b) => b.id);
}
