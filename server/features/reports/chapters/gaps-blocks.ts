/** The gaps chapter's table, figure, recommendations and geographic-gap blocks (pure, from one GapsResponse). */
import type { BranchGap, GapsResponse } from '@graph-schema/dto/gaps';
import type { ReportBlock } from '@graph-schema/dto/report';
import { paragraph, tableLabel } from '../analysis-blocks';
import { explainAllIn } from '../explain-text';
import { figureCaption } from '../figures/caption';
import { groupedBars } from '../figures/grouped-bars';
import { decimals, joinList, nameIn, percent, signedGrowth } from '../format';
import type { ChapterPlace, ReportContext } from '../report-context';
import { prioritiseRecommendations } from './gap-recommendations';
import { GAP_COLUMNS, GAPS_TEXT, VERDICT_TEXT } from './gaps.text';

/** Branches drawn in the figure: enough to compare, few enough to read on an A4 page. */
export const GAP_FIGURE_BRANCHES = 15;

const leaves = (gaps: GapsResponse): BranchGap[] => gaps.segments.flatMap((segment) => segment.branches);
const verdictText = (ctx: ReportContext, b: BranchGap) =>
  ctx.tr(VERDICT_TEXT[`${b.verdict}:${b.priority ?? ''}`] ?? VERDICT_TEXT['none:']!);

export function gapTable(ctx: ReportContext, place: ChapterPlace, gaps: GapsResponse): ReportBlock {
  const c = GAP_COLUMNS;
  const columns = [
    { label: ctx.tr(c.branch), numeric: false },
    { label: ctx.tr(c.fieldFamilies), numeric: true },
    { label: ctx.tr(c.ownFamilies), numeric: true },
    { label: ctx.tr(c.share), numeric: true },
    { label: ctx.tr(c.rta), numeric: true },
    ...gaps.competitors.map((competitor) => ({ label: competitor.name, numeric: true })),
    { label: ctx.tr(c.growth), numeric: true },
    { label: ctx.tr(c.verdict), numeric: false },
    { label: ctx.tr(c.reasons), numeric: false },
  ];
  const rows = leaves(gaps).map((b) => [
    nameIn(ctx.language, b.name, b.id),
    b.fieldFamilies,
    b.own.families,
    percent(b.own.shareOfBranch),
    decimals(b.own.rta),
    ...b.competitors.map((position) => position.families),
    signedGrowth(b.threeYearGrowth, ctx.language),
    verdictText(ctx, b),
    explainAllIn(ctx, b.reasons),
  ]);
  return {
    kind: 'table',
    id: 'gaps',
    caption: ctx.tr(GAPS_TEXT.tableCaption(tableLabel(ctx, place, 1))),
    columns,
    rows,
  };
}

export function gapFigure(ctx: ReportContext, place: ChapterPlace, gaps: GapsResponse): ReportBlock {
  const all = leaves(gaps);
  const shown = all
    .filter((b) => b.fieldFamilies > 0)
    .sort((a, b) => b.fieldFamilies - a.fieldFamilies || a.id.localeCompare(b.id))
    .slice(0, GAP_FIGURE_BRANCHES);
  const figure = groupedBars({
    categories: shown.map((b) => nameIn(ctx.language, b.name, b.id)),
    series: [
      { label: gaps.applicant.name, values: shown.map((b) => b.own.families) },
      ...gaps.competitors.map((competitor, index) => ({
        label: competitor.name,
        values: shown.map((b) => b.competitors[index]?.families ?? 0),
      })),
    ],
    valueLabel: ctx.tr(GAPS_TEXT.families()),
  });
  const legend = [
    ctx.tr(GAPS_TEXT.figureLegendBars()),
    ctx.tr(GAPS_TEXT.figureLegendSelection(shown.length, all.length)),
  ];
  return {
    kind: 'figure',
    id: 'gaps-bars',
    caption: figureCaption(ctx, place, 1, ctx.tr(GAPS_TEXT.figureTitle()), legend, gaps.dateBasis),
    ...figure,
  };
}

/** The recommendations heading, rule and one paragraph each; `top` is the first as a key finding. */
export function gapRecommendationBlocks(
  ctx: ReportContext,
  gaps: GapsResponse,
  api: string,
): { blocks: ReportBlock[]; top: string | null } {
  const ranked = prioritiseRecommendations(leaves(gaps));
  const head: ReportBlock[] = [
    { kind: 'heading', level: 3, text: ctx.tr(GAPS_TEXT.recommendationsHeading()) },
    paragraph(ctx, 'gaps.recommendationRule', GAPS_TEXT.recommendationRule()),
  ];
  if (ranked.length === 0) {
    return {
      blocks: [...head, paragraph(ctx, 'gaps.noRecommendation', GAPS_TEXT.noRecommendation())],
      top: null,
    };
  }
  const texts = ranked.map(({ rank, branch }) => {
    const leaderIndex = branch.competitors.reduce(
      (best, position, index, list) => (position.families > (list[best]?.families ?? -1) ? index : best),
      0,
    );
    // A competitor "leads" a branch only with at least one family there.
    const leader =
      (branch.competitors[leaderIndex]?.families ?? 0) > 0 ? gaps.competitors[leaderIndex] : undefined;
    return GAPS_TEXT.recommendation({
      rank,
      branch: nameIn(ctx.language, branch.name, branch.id),
      verdict: verdictText(ctx, branch),
      reasons: explainAllIn(ctx, branch.reasons),
      fieldFamilies: branch.fieldFamilies,
      ownFamilies: branch.own.families,
      rta: decimals(branch.own.rta),
      growth: signedGrowth(branch.threeYearGrowth, ctx.language),
      leader: leader
        ? ctx.tr(GAPS_TEXT.competitor(leader.name, branch.competitors[leaderIndex]?.families ?? 0))
        : ctx.tr(GAPS_TEXT.noCompetitorFamilies()),
    });
  });
  const blocks = texts.map((text, index) =>
    paragraph(ctx, 'gaps.recommendation', text, [
      { api, note: `segments[].branches[id=${ranked[index]!.branch.id}]` },
    ]),
  );
  return { blocks: [...head, ...blocks], top: ctx.tr(texts[0]!) };
}

export function officeGapBlocks(ctx: ReportContext, gaps: GapsResponse, api: string): ReportBlock[] {
  const offices = gaps.geography.filter((office) => office.gap);
  if (offices.length === 0) return [];
  const list = joinList(
    offices.map((o) => ctx.tr(GAPS_TEXT.officeGap(o.office, percent(o.fieldShare), percent(o.ownShare)))),
    ctx.language,
  );
  return [
    paragraph(ctx, 'gaps.officeGaps', GAPS_TEXT.officeGaps(list), [{ api, note: 'geography[gap=true]' }]),
  ];
}
