/**
 * Chapter "tech-effect" (技术功效矩阵与空白点): the matrix read through the same function as
 * `GET /api/tech-effect` with the project's scope, drawn as a bubble matrix, and the white-space
 * candidates (and the cells too few to judge) with their expected counts.
 */
import type { ReportBlock } from '@graph-schema/dto/report';
import { type TechEffectCell, TechEffectQuery, type TechEffectResponse } from '@graph-schema/dto/tech-effect';
import { chainStructure } from '@server/features/chains/chain-structure';
import { dictionaryFor, techEffectMatrix } from '@server/features/tech-effect/tech-effect';
import { onlyEmpty, paragraph, tableLabel } from '../analysis-blocks';
import { apiPath, apiSearch, parseSearch } from '../analysis-query';
import { explainAllIn, methodNote } from '../explain-text';
import { nameIn } from '../format';
import type { ChapterBuilder, ChapterPlace, Finding, ReportContext } from '../report-context';
import { CELL_KIND_TEXT, TECH_EFFECT_COLUMNS, TECH_EFFECT_TEXT } from './tech-effect.text';
import { techEffectFigure } from './tech-effect-figure';

/** Too-few cells listed, largest expected first: the ones closest to being judged. */
export const TOO_FEW_LISTED = 30;

export const buildTechEffectChapter: ChapterBuilder = async (ctx, place) => {
  const chain = ctx.project.definition.boundary.chain;
  if (!chain) return onlyEmpty(ctx, 'techEffect.noChain', TECH_EFFECT_TEXT.noChain());
  const search = apiSearch(ctx.scope, { chain });
  const query = parseSearch(TechEffectQuery, search);
  const structure = await chainStructure(ctx.server.db, query.chain);
  if (!structure) return onlyEmpty(ctx, 'techEffect.noChain', TECH_EFFECT_TEXT.noChain());
  // The project's own effect dictionary and hand tags, as its tech-effect view shows them.
  const dictionary = await dictionaryFor(ctx.server.db, ctx.project.id);
  const matrix = await techEffectMatrix(ctx.server.db, structure, query, dictionary);
  if (matrix.families === 0) return onlyEmpty(ctx, 'techEffect.noFamilies', TECH_EFFECT_TEXT.noFamilies());
  const api = apiPath('/api/tech-effect', search);
  const kinds = (kind: string) => matrix.cells.filter((cell) => cell.kind === kind);
  const summary = TECH_EFFECT_TEXT.summary({
    families: matrix.families,
    withEffect: matrix.familiesWithEffect,
    rows: matrix.rows.length,
    activeRows: matrix.rows.filter((r) => r.active).length,
    effects: matrix.effects.length,
    activeEffects: matrix.effects.filter((e) => e.active).length,
    whiteSpace: kinds('white_space').length,
    apparent: kinds('apparent_gap').length,
    tooFew: kinds('too_few').length,
    minExpected: query.minExpectedFamilies,
  });
  const findings: Finding[] = [{ chapter: 'tech-effect', weight: 0.6, text: ctx.tr(summary) }];
  const first = matrix.candidates.find((cell) => cell.kind === 'white_space');
  if (first)
    findings.push({ chapter: 'tech-effect', weight: 0.75, text: ctx.tr(candidateText(ctx, matrix, first)) });
  return {
    blocks: [
      paragraph(ctx, 'techEffect.summary', summary, [{ api, note: 'families, rows, effects, cells[].kind' }]),
      techEffectFigure(ctx, place, matrix),
      ...candidateBlocks(ctx, place, matrix, api),
    ],
    findings,
    methods: [matrix.basis, ...matrix.notes].map((note) => methodNote(ctx, note)),
  };
};

/** The expected count a low cell was judged by (its reason carries it, rounded as the API rounds it). */
export function expectedOf(cell: TechEffectCell): number | null {
  const value = cell.reasons.map((reason) => reason.params.expected).find((v) => typeof v === 'number');
  return typeof value === 'number' ? value : null;
}

const rowName = (ctx: ReportContext, matrix: TechEffectResponse, id: string) => {
  const row = matrix.rows.find((r) => r.id === id);
  return row ? nameIn(ctx.language, row.name, id) : id;
};
const effectName = (ctx: ReportContext, matrix: TechEffectResponse, id: string) =>
  matrix.effects.find((e) => e.id === id)?.name[ctx.language] ?? id;

function candidateText(ctx: ReportContext, matrix: TechEffectResponse, cell: TechEffectCell) {
  return TECH_EFFECT_TEXT.candidate({
    branch: rowName(ctx, matrix, cell.row),
    effect: effectName(ctx, matrix, cell.effect),
    families: cell.families,
    expected: String(expectedOf(cell) ?? '—'),
  });
}

function candidateBlocks(
  ctx: ReportContext,
  place: ChapterPlace,
  matrix: TechEffectResponse,
  api: string,
): ReportBlock[] {
  const tooFew = matrix.cells
    .filter((cell) => cell.kind === 'too_few')
    .sort(
      (a, b) =>
        (expectedOf(b) ?? 0) - (expectedOf(a) ?? 0) ||
        a.row.localeCompare(b.row) ||
        a.effect.localeCompare(b.effect),
    );
  const listed = [...matrix.candidates, ...tooFew.slice(0, TOO_FEW_LISTED)];
  const head =
    matrix.candidates.length === 0
      ? [paragraph(ctx, 'techEffect.noCandidates', TECH_EFFECT_TEXT.noCandidates())]
      : [];
  if (listed.length === 0) return head;
  const c = TECH_EFFECT_COLUMNS;
  const table: ReportBlock = {
    kind: 'table',
    id: 'tech-effect-candidates',
    caption: ctx.tr(TECH_EFFECT_TEXT.tableCaption(tableLabel(ctx, place, 1))),
    columns: [
      { label: ctx.tr(c.branch), numeric: false },
      { label: ctx.tr(c.effect), numeric: false },
      { label: ctx.tr(c.kind), numeric: false },
      { label: ctx.tr(c.families), numeric: true },
      { label: ctx.tr(c.expected), numeric: true },
      { label: ctx.tr(c.reasons), numeric: false },
    ],
    rows: listed.map((cell) => [
      rowName(ctx, matrix, cell.row),
      effectName(ctx, matrix, cell.effect),
      ctx.tr(CELL_KIND_TEXT[cell.kind] ?? { zh: cell.kind, en: cell.kind }),
      cell.families,
      expectedOf(cell),
      explainAllIn(ctx, cell.reasons),
    ]),
    note: ctx.tr(TECH_EFFECT_TEXT.tableNote(Math.min(TOO_FEW_LISTED, tooFew.length), tooFew.length)),
  };
  const sentences = matrix.candidates
    .filter((cell) => cell.kind === 'white_space')
    .map((cell) =>
      paragraph(ctx, 'techEffect.candidate', candidateText(ctx, matrix, cell), [
        { api, note: `cells[row=${cell.row}, effect=${cell.effect}]` },
      ]),
    );
  return [...head, ...sentences, table];
}
