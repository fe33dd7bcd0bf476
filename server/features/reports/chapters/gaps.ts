/**
 * Chapter "gaps" (布局空白与建议): the target versus its competitors per leaf branch, read through
 * the same functions as `GET /api/gaps` with the project's scope, target and competitors: a summary
 * sentence, the comparison table (id `gaps`), target-vs-competitor bars, prioritised
 * recommendations with their reasons, and the geographic gaps.
 */
import { GapsQuery, type GapsResponse } from '@graph-schema/dto/gaps';
import { chainPrecisions } from '@server/features/chains/branch-precision-reads';
import { chainStructure } from '@server/features/chains/chain-structure';
import { layoutGaps } from '@server/features/gaps/layout-gaps';
import { resolveParties } from '@server/features/gaps/routes';
import { AppError } from '@server/platform/errors';
import { onlyEmpty, paragraph } from '../analysis-blocks';
import { apiPath, apiSearch, parseSearch } from '../analysis-query';
import { methodNote } from '../explain-text';
import { joinList, nameIn } from '../format';
import type { ChapterBuilder, ChapterContent, Finding, ReportContext } from '../report-context';
import { GAPS_TEXT } from './gaps.text';
import { gapFigure, gapRecommendationBlocks, gapTable, officeGapBlocks } from './gaps-blocks';
import { markedName } from './precision-mark';

export const buildGapsChapter: ChapterBuilder = async (ctx, place) => {
  const { boundary, target, competitors } = ctx.project.definition;
  if (!boundary.chain) return onlyEmpty(ctx, 'gaps.noChain', GAPS_TEXT.noChain());
  if (!target) return onlyEmpty(ctx, 'gaps.noTarget', GAPS_TEXT.noTarget());
  const search = apiSearch(ctx.scope, {
    chain: boundary.chain,
    applicant: target.key,
    competitors: competitors.map((c) => c.key),
  });
  const query = parseSearch(GapsQuery, search);
  const structure = await chainStructure(ctx.server.db, query.chain);
  if (!structure) return onlyEmpty(ctx, 'gaps.noChain', GAPS_TEXT.noChain());
  let gaps: GapsResponse;
  try {
    gaps = await layoutGaps(ctx.server.db, structure, await resolveParties(ctx.server.db, query), query);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND')
      return onlyEmpty(ctx, 'gaps.targetUnknown', GAPS_TEXT.targetUnknown(target.key));
    throw error;
  }
  // Branches the project judged under 80 % precision are named with the mark (precision-mark.ts).
  const precisions = await chainPrecisions(ctx.server.db, ctx.project.id, structure.id);
  const marked = <B extends { id: string; name: GapsResponse['chain']['name'] }>(b: B): B => ({
    ...b,
    name: markedName(b.name, precisions.get(b.id)),
  });
  const flagged: GapsResponse = {
    ...gaps,
    segments: gaps.segments.map((s) => ({
      ...s,
      branches: s.branches.map(marked),
      ...(s.parents ? { parents: s.parents.map(marked) } : {}),
    })),
    gaps: gaps.gaps.map(marked),
    ...(gaps.recommendations ? { recommendations: gaps.recommendations.map(marked) } : {}),
  };
  return gapsContent(ctx, place, flagged, apiPath('/api/gaps', search));
};

function gapsContent(
  ctx: ReportContext,
  place: Parameters<ChapterBuilder>[1],
  gaps: GapsResponse,
  api: string,
): ChapterContent {
  const branches = gaps.segments.flatMap((segment) => segment.branches);
  const count = (verdict: string, priority?: string) =>
    branches.filter((b) => b.verdict === verdict && (priority === undefined || b.priority === priority))
      .length;
  const summary = GAPS_TEXT.summary({
    target: gaps.applicant.name,
    targetFamilies: gaps.applicant.families,
    chain: nameIn(ctx.language, gaps.chain.name, gaps.chain.id),
    fieldFamilies: gaps.fieldFamilies,
    competitors:
      gaps.competitors.length === 0
        ? ctx.tr(GAPS_TEXT.noCompetitorFamilies())
        : joinList(
            gaps.competitors.map((c) => ctx.tr(GAPS_TEXT.competitor(c.name, c.families))),
            ctx.language,
          ),
    branches: branches.length,
    gaps: count('gap'),
    high: count('gap', 'high'),
    strengths: count('strength'),
    watch: count('watch'),
  });
  const evidence = [
    { api, note: 'applicant.families, fieldFamilies, segments[].branches[].verdict/priority' },
  ];
  const relative = (verdict: string) => branches.filter((b) => b.competitorVerdict === verdict).length;
  const competitorSummary = GAPS_TEXT.competitorVerdicts({
    k: gaps.competitorRatio ?? 2,
    ahead: relative('competitorAhead'),
    only: relative('onlyCompetitors'),
    leads: relative('targetLeads'),
  });
  const recommendations = gapRecommendationBlocks(ctx, gaps, api);
  const findings: Finding[] = [{ chapter: 'gaps', weight: 0.8, text: ctx.tr(summary) }];
  if (recommendations.top) findings.push({ chapter: 'gaps', weight: 0.9, text: recommendations.top });
  return {
    blocks: [
      paragraph(ctx, 'gaps.summary', summary, evidence),
      paragraph(ctx, 'gaps.competitorVerdicts', competitorSummary, [
        { api, note: 'competitorRatio, segments[].branches[].competitorVerdict/competitorReasons' },
      ]),
      gapTable(ctx, place, gaps),
      gapFigure(ctx, place, gaps),
      ...recommendations.blocks,
      ...officeGapBlocks(ctx, gaps, api),
    ],
    findings,
    methods: [gaps.basis, gaps.growthNote, ...gaps.rules].map((note) => methodNote(ctx, note)),
  };
}
