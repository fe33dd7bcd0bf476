/**
 * Chapter "talent" (人才分析): the inventor ranking and co-inventor teams read through
 * `inventorLandscape`, the function behind `GET /api/landscape/inventors`, with the project's
 * scope; and, when the project sets a target, the same call narrowed to the target applicant.
 */
import { InventorsQuery, type InventorsResponse } from '@graph-schema/dto/landscape-actors';
import type { ReportBlock } from '@graph-schema/dto/report';
import { inventorLandscape } from '@server/features/landscape/inventors';
import { onlyEmpty, paragraph } from '../analysis-blocks';
import { apiPath, apiSearch, parseSearch } from '../analysis-query';
import { methodNote } from '../explain-text';
import { joinList } from '../format';
import type { ChapterBuilder, ChapterPlace, Finding, ReportContext } from '../report-context';
import { barFigureBlock, type ChapterNumbering, chapterNumbering } from './landscape-blocks';
import { TALENT_TEXT as T } from './talent.text';

const TOP = 20;
const CHART_TOP = 15;
const TEAMS_LISTED = 10;

type Inventors = InventorsResponse;

async function inventorsOf(ctx: ReportContext, applicants?: string[]) {
  const search = apiSearch({ ...ctx.scope, ...(applicants ? { applicants } : {}) }, { top: TOP });
  const data = await inventorLandscape(ctx.server.db, parseSearch(InventorsQuery, search));
  return { data, api: apiPath('/api/landscape/inventors', search) };
}

export const buildTalentChapter: ChapterBuilder = async (ctx, place) => {
  const { data, api } = await inventorsOf(ctx);
  const first = data.ranking[0];
  if (!first) return onlyEmpty(ctx, 'talent.empty', T.empty());
  const numbering = chapterNumbering(ctx, place);
  const summary = T.summary(data.inventors, first.name, first.families, first.mainApplicant?.name ?? null);
  const findings: Finding[] = [
    { chapter: 'talent', weight: 0.45, text: ctx.tr(T.topFinding(first.name, first.families)) },
  ];
  const blocks: ReportBlock[] = [
    paragraph(ctx, 'talent.summary', summary, [{ api, note: 'inventors, ranking[0]' }]),
    rankingFigure(ctx, place, numbering, data),
    rankingTable(ctx, numbering, data, ctx.tr(T.rankingCaption()), 'talent-inventors', true),
    ...teamBlocks(ctx, numbering, data, api),
    ...(await targetBlocks(ctx, numbering, findings)),
  ];
  return { blocks, findings, methods: [data.basis, data.teamRule].map((note) => methodNote(ctx, note)) };
};

function partyKeys(ctx: ReportContext): Set<string> {
  const { target, competitors } = ctx.project.definition;
  return new Set([...(target ? [target.key] : []), ...competitors.map((c) => c.key)]);
}

function rankingFigure(
  ctx: ReportContext,
  place: ChapterPlace,
  numbering: ChapterNumbering,
  data: Inventors,
) {
  const keys = partyKeys(ctx);
  return barFigureBlock(ctx, place, numbering, {
    id: 'talent-inventors',
    title: ctx.tr(T.rankingFigureTitle()),
    legend: T.rankingLegend().map((line) => ctx.tr(line)),
    bars: data.ranking.slice(0, CHART_TOP).map((r) => ({
      label: r.name,
      value: r.families,
      highlight: r.mainApplicant !== null && keys.has(r.mainApplicant.key),
    })),
    valueLabel: ctx.tr(T.familiesAxis()),
    dateBasis: data.dateBasis,
  });
}

function rankingTable(
  ctx: ReportContext,
  numbering: ChapterNumbering,
  data: Inventors,
  caption: string,
  id: string,
  emphasis: boolean,
): ReportBlock {
  const keys = emphasis ? partyKeys(ctx) : new Set<string>();
  const emphasisRows = data.ranking.flatMap((r, i) =>
    r.mainApplicant !== null && keys.has(r.mainApplicant.key) ? [i] : [],
  );
  return {
    kind: 'table',
    id,
    caption: numbering.table(caption),
    columns: T.rankingColumns().map((c, i) => ({ label: ctx.tr(c), numeric: i === 0 || i === 2 })),
    rows: data.ranking.map((r) => [
      r.rank,
      r.name,
      r.families,
      r.firstYear === null || r.lastYear === null ? null : `${r.firstYear}–${r.lastYear}`,
      r.mainApplicant ? `${r.mainApplicant.name} (${r.mainApplicant.families})` : null,
    ]),
    ...(emphasisRows.length > 0 ? { emphasisRows, note: ctx.tr(T.emphasisNote()) } : {}),
  };
}

function teamBlocks(
  ctx: ReportContext,
  numbering: ChapterNumbering,
  data: Inventors,
  api: string,
): ReportBlock[] {
  const evidence = [{ api, note: 'teams[]' }];
  const largest = data.teams[0];
  if (!largest) return [paragraph(ctx, 'talent.noTeams', T.noTeams(), evidence)];
  const names = joinList(
    largest.members.slice(0, 5).map((m) => m.name),
    ctx.language,
  );
  const teams = data.teams.slice(0, TEAMS_LISTED);
  return [
    paragraph(
      ctx,
      'talent.teams',
      T.teams(data.teams.length, largest.size, names, largest.sharedFamilies),
      evidence,
    ),
    {
      kind: 'table',
      id: 'talent-teams',
      caption: numbering.table(ctx.tr(T.teamsCaption())),
      columns: T.teamsColumns().map((c, i) => ({ label: ctx.tr(c), numeric: i === 1 || i === 3 })),
      rows: teams.map((team, i) => [
        i + 1,
        team.size,
        joinList(
          team.members.map((m) => `${m.name} (${m.families})`),
          ctx.language,
        ),
        team.sharedFamilies,
        team.mainApplicant?.name ?? null,
      ]),
    },
  ];
}

async function targetBlocks(
  ctx: ReportContext,
  numbering: ChapterNumbering,
  findings: Finding[],
): Promise<ReportBlock[]> {
  const { target } = ctx.project.definition;
  if (!target) return [{ kind: 'empty', code: 'talent.noTarget', text: ctx.tr(T.noTarget()) }];
  const { data, api } = await inventorsOf(ctx, [target.key]);
  const evidence = [{ api, note: 'inventors, ranking[]' }];
  const first = data.ranking[0];
  if (!first) return [paragraph(ctx, 'talent.targetNoInventors', T.targetNoInventors(target.name), evidence)];
  const top = data.ranking.slice(0, 5).map((r) => ctx.tr(T.inventorItem(r.name, r.families)));
  findings.push({
    chapter: 'talent',
    weight: 0.5,
    text: ctx.tr(T.targetFinding(target.name, first.name, first.families)),
  });
  return [
    paragraph(
      ctx,
      'talent.targetInventors',
      T.targetInventors(target.name, data.inventors, joinList(top, ctx.language)),
      evidence,
    ),
    rankingTable(
      ctx,
      numbering,
      data,
      ctx.tr(T.targetCaption(target.name)),
      'talent-target-inventors',
      false,
    ),
  ];
}
