/**
 * Chapter "applicants" (申请人分析): ranking, tiers and CR4/HHI read through `applicantLandscape`,
 * the function behind `GET /api/landscape/applicants`, with the project's scope; the target and
 * competitors highlighted in the ranking figure and table and placed in a sentence; the applicant ×
 * branch matrix of the project's chain (applicants-matrix.ts).
 */
import { ApplicantsQuery, type ApplicantsResponse } from '@graph-schema/dto/landscape-actors';
import type { ApplicantRef } from '@graph-schema/dto/project';
import type { ReportBlock } from '@graph-schema/dto/report';
import { applicantLandscape } from '@server/features/landscape/applicants';
import { landscapeTablesOf } from '@server/features/landscape/landscape-table';
import { onlyEmpty, paragraph } from '../analysis-blocks';
import { apiPath, apiSearch, parseSearch } from '../analysis-query';
import { explainIn, methodNote } from '../explain-text';
import { percent, signedGrowth } from '../format';
import type { Bilingual, ChapterBuilder, ChapterPlace, ReportContext } from '../report-context';
import { APPLICANTS_TEXT as T } from './applicants.text';
import { applicantBranchBlocks } from './applicants-matrix';
import { barFigureBlock, type ChapterNumbering, chapterNumbering } from './landscape-blocks';

const TOP = 20;
const CHART_TOP = 15;

type Applicants = ApplicantsResponse;

export const buildApplicantsChapter: ChapterBuilder = async (ctx, place) => {
  const search = apiSearch(ctx.scope, { top: TOP, matrixTop: 10 });
  const data = await applicantLandscape(
    ctx.server.db,
    parseSearch(ApplicantsQuery, search),
    landscapeTablesOf(ctx.server),
  );
  const first = data.ranking[0];
  if (!first) return onlyEmpty(ctx, 'applicants.empty', T.empty());
  const api = apiPath('/api/landscape/applicants', search);
  const { target, competitors } = ctx.project.definition;
  const parties = [...(target ? [target] : []), ...competitors];
  const numbering = chapterNumbering(ctx, place);
  const cr4 = percent(data.concentration.cr4 / 100);
  const reading = explainIn(ctx, data.concentration.reading);
  const evidence = (note: string) => [{ api, note }];
  const blocks: ReportBlock[] = [
    paragraph(
      ctx,
      'applicants.summary',
      T.summary(data.applicants, first.name, first.families, percent(first.share)),
      evidence('applicants, ranking[0]'),
    ),
    paragraph(
      ctx,
      'applicants.concentration',
      T.concentration(cr4, data.concentration.hhi, reading),
      evidence('concentration.cr4, concentration.hhi'),
    ),
    paragraph(
      ctx,
      'applicants.tiers',
      T.tiers(data.tiers.counts.tier1, data.tiers.counts.tier2, data.tiers.counts.tier3),
      evidence('tiers.counts'),
    ),
    ...(data.tiers.collapse
      ? [
          {
            kind: 'paragraph' as const,
            code: data.tiers.collapse.code,
            text: explainIn(ctx, data.tiers.collapse),
            evidence: evidence('tiers.collapse'),
          },
        ]
      : []),
    ...partyBlocks(ctx, data, parties, api),
    rankingFigure(ctx, place, numbering, data, parties),
    rankingTable(ctx, numbering, data, parties),
    ...(await applicantBranchBlocks(ctx, numbering, parties)),
  ];
  const findings = [
    {
      chapter: 'applicants' as const,
      weight: 0.65,
      text: ctx.tr(T.topFinding(first.name, first.families, percent(first.share), cr4, reading)),
    },
  ];
  const notes = [
    data.basis,
    data.tiers.rule,
    data.concentration.rule,
    data.concentration.reading,
    ...(data.tiers.collapse ? [data.tiers.collapse] : []),
  ];
  return { blocks, findings, methods: notes.map((note) => methodNote(ctx, note)) };
};

function partyBlocks(
  ctx: ReportContext,
  data: Applicants,
  parties: readonly ApplicantRef[],
  api: string,
): ReportBlock[] {
  if (parties.length === 0) return [];
  const sentences = parties.map((party, index): Bilingual => {
    const role =
      index === 0 && ctx.project.definition.target?.key === party.key ? T.target() : T.competitor();
    const row = data.ranking.find((r) => r.key === party.key);
    return row
      ? T.partyRanked(role, row.name, row.rank, row.families, row.tier)
      : T.partyNotRanked(role, party.name, data.ranking.length);
  });
  const text = { zh: sentences.map((s) => s.zh).join(''), en: sentences.map((s) => s.en).join(' ') };
  return [paragraph(ctx, 'applicants.parties', text, [{ api, note: 'ranking[].key/rank/families/tier' }])];
}

function rankingFigure(
  ctx: ReportContext,
  place: ChapterPlace,
  numbering: ChapterNumbering,
  data: Applicants,
  parties: readonly ApplicantRef[],
): ReportBlock {
  const keys = new Set(parties.map((p) => p.key));
  const top = data.ranking.slice(0, CHART_TOP);
  return barFigureBlock(ctx, place, numbering, {
    id: 'applicants-ranking',
    title: ctx.tr(T.rankingFigureTitle()),
    legend: T.rankingLegend().map((line) => ctx.tr(line)),
    bars: top.map((r) => ({ label: r.name, value: r.families, highlight: keys.has(r.key) })),
    shares: top.map((r) => r.share),
    valueLabel: ctx.tr(T.familiesAxis()),
    dateBasis: data.dateBasis,
  });
}

function rankingTable(
  ctx: ReportContext,
  numbering: ChapterNumbering,
  data: Applicants,
  parties: readonly ApplicantRef[],
): ReportBlock {
  const keys = new Set(parties.map((p) => p.key));
  const years = (first: number | null, last: number | null) =>
    first === null || last === null ? null : first === last ? String(first) : `${first}–${last}`;
  return {
    kind: 'table',
    id: 'applicants',
    caption: numbering.table(ctx.tr(T.rankingCaption())),
    columns: T.rankingColumns().map((c, i) => ({ label: ctx.tr(c), numeric: [0, 2, 3, 6].includes(i) })),
    rows: data.ranking.map((r) => [
      r.rank,
      keys.has(r.key) ? `★ ${r.name}` : r.name,
      r.families,
      r.publications,
      percent(r.share),
      percent(r.cumulativeShare),
      r.tier,
      years(r.firstYear, r.lastYear),
      signedGrowth(r.threeYearGrowth, ctx.language),
    ]),
    ...(keys.size > 0 ? { note: ctx.tr(T.emphasisNote()) } : {}),
    emphasisRows: data.ranking.flatMap((r, i) => (keys.has(r.key) ? [i] : [])),
  };
}
