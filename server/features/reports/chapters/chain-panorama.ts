/**
 * Chapter "chain-panorama" (产业链全景与薄弱环节): the project's chain read through `chainPanorama`,
 * the function behind `GET /api/chains/:id/panorama`, with the project's scope: a summary with
 * families per segment, the panorama diagram (three columns of branch boxes shaded by families,
 * weak links marked), the branch table (id `chain-panorama`) and the weak links with the reasons
 * the panorama gives.
 */
import { ChainPanoramaQuery, type ChainPanoramaResponse } from '@graph-schema/dto/chains';
import type { ReportBlock } from '@graph-schema/dto/report';
import { chainPanorama } from '@server/features/chains/panorama';
import { onlyEmpty, paragraph, tableLabel } from '../analysis-blocks';
import { apiPath, apiSearch, parseSearch } from '../analysis-query';
import { explainAllIn, explainIn, methodNote } from '../explain-text';
import { figureCaption } from '../figures/caption';
import { panoramaDiagram } from '../figures/panorama-diagram';
import { joinList, nameIn, percent, signedGrowth } from '../format';
import type { ChapterBuilder, ChapterContent, ChapterPlace, Finding, ReportContext } from '../report-context';
import { PANORAMA_TEXT as T } from './chain-panorama.text';
import { markedName } from './precision-mark';

type Panorama = ChainPanoramaResponse;

export const buildChainPanoramaChapter: ChapterBuilder = async (ctx, place) => {
  const { chain, ...scope } = ctx.scope;
  if (!chain) return onlyEmpty(ctx, 'panorama.noChain', T.noChain());
  const search = apiSearch(scope, { topApplicants: 3, weakBelow: 5 });
  const query = parseSearch(ChainPanoramaQuery, search);
  const read = await chainPanorama(ctx.server.db, chain, query);
  // In the project's scope each judged branch carries its precision: a low one marks the name.
  const panorama = read && {
    ...read,
    segments: read.segments.map((s) => ({
      ...s,
      branches: s.branches.map((b) => ({ ...b, name: markedName(b.name, b.precision) })),
    })),
  };
  if (!panorama) return onlyEmpty(ctx, 'panorama.chainMissing', T.chainMissing(chain));
  const chainName = nameIn(ctx.language, panorama.chain.name, chain);
  if (panorama.families === 0) return onlyEmpty(ctx, 'panorama.noFamilies', T.noFamilies(chainName));
  const api = apiPath(`/api/chains/${chain}/panorama`, search);
  return panoramaContent(ctx, place, panorama, { api, chainName, weakBelow: query.weakBelow });
};

interface PanoramaInfo {
  api: string;
  chainName: string;
  weakBelow: number;
}

function panoramaContent(
  ctx: ReportContext,
  place: ChapterPlace,
  panorama: Panorama,
  info: PanoramaInfo,
): ChapterContent {
  const segmentName = (s: Panorama['segments'][number]) => nameIn(ctx.language, s.name, s.kind);
  const parts = (language: 'zh' | 'en') =>
    joinList(
      panorama.segments.map(
        (s) => T.segmentPart(nameIn(language, s.name, s.kind), s.families, percent(s.shareOfChain))[language],
      ),
      language,
    );
  const leaves = panorama.segments.flatMap((s) => s.branches.filter((b) => b.isLeaf)).length;
  const summary = T.summary({
    chain: info.chainName,
    families: panorama.families,
    segmentsZh: parts('zh'),
    segmentsEn: parts('en'),
    leaves,
    weakLinks: panorama.weakLinks.length,
  });
  const evidence = [{ api: info.api, note: 'families, segments[].families/shareOfChain, weakLinks[]' }];
  const blocks: ReportBlock[] = [
    paragraph(ctx, 'panorama.summary', summary, evidence),
    { kind: 'paragraph', code: 'panorama.segmentShares', text: ctx.tr(T.segmentShareNote()), evidence: [] },
    panoramaFigure(ctx, place, panorama, info),
    branchTable(ctx, place, panorama, info.chainName),
    ...weakLinkBlocks(ctx, panorama, info),
  ];
  const largest = [...panorama.segments].sort((a, b) => b.families - a.families || a.order - b.order)[0]!;
  const findings: Finding[] = [
    {
      chapter: 'chain-panorama',
      weight: 0.6,
      text: ctx.tr(
        T.largestFinding(
          info.chainName,
          segmentName(largest),
          largest.families,
          percent(largest.shareOfChain),
        ),
      ),
    },
  ];
  if (panorama.weakLinks.length > 0) {
    const names = panorama.weakLinks.map((w) => nameIn(ctx.language, w.name, w.id));
    findings.push({
      chapter: 'chain-panorama',
      weight: 0.8,
      text: ctx.tr(T.weakFinding(info.chainName, names.length, joinList(names, ctx.language))),
    });
  }
  const methods = [panorama.basis, panorama.growthNote, ...panorama.rules].map((n) => methodNote(ctx, n));
  return { blocks, findings, methods };
}

function panoramaFigure(
  ctx: ReportContext,
  place: ChapterPlace,
  panorama: Panorama,
  info: PanoramaInfo,
): ReportBlock {
  const figure = panoramaDiagram({
    columns: panorama.segments.map((s) => ({
      title: nameIn(ctx.language, s.name, s.kind),
      families: s.families,
      boxes: s.branches.map((b) => ({
        label: nameIn(ctx.language, b.name, b.localId),
        families: b.families,
        level: b.level,
        weak: b.weakLink,
      })),
    })),
    shadeLabel: ctx.tr(T.shadeLabel()),
    weakLabel: ctx.tr(T.weakLabel()),
  });
  const legend = T.figureLegend(info.weakBelow).map((line) => ctx.tr(line));
  return {
    kind: 'figure',
    id: 'chain-panorama',
    caption: figureCaption(ctx, place, 1, ctx.tr(T.figureTitle(info.chainName)), legend),
    ...figure,
  };
}

function branchTable(
  ctx: ReportContext,
  place: ChapterPlace,
  panorama: Panorama,
  chainName: string,
): ReportBlock {
  const rows = panorama.segments.flatMap((segment) =>
    segment.branches.map((b) => [
      nameIn(ctx.language, segment.name, segment.kind),
      `${'· '.repeat(Math.max(0, b.level - 1))}${nameIn(ctx.language, b.name, b.localId)}`,
      b.level,
      b.families,
      percent(b.shareOfChain),
      signedGrowth(b.threeYearGrowth, ctx.language),
      joinList(
        b.topApplicants.map((a) => `${a.name} (${a.families})`),
        ctx.language,
      ),
      explainAllIn(ctx, b.weakLinkReasons),
    ]),
  );
  const w = panorama.growthWindows;
  const windows = w
    ? `${w.recent[0]}–${w.recent[1]} / ${w.earlier[0]}–${w.earlier[1]}`
    : explainIn(ctx, panorama.growthNote);
  return {
    kind: 'table',
    id: 'chain-panorama',
    caption: `${tableLabel(ctx, place, 1)} ${ctx.tr(T.tableCaption(chainName))}`,
    columns: T.columns().map((c, i) => ({ label: ctx.tr(c), numeric: i === 2 || i === 3 })),
    rows,
    note: ctx.tr(T.tableNote(windows)),
  };
}

function weakLinkBlocks(ctx: ReportContext, panorama: Panorama, info: PanoramaInfo): ReportBlock[] {
  if (panorama.weakLinks.length === 0) {
    return [
      paragraph(ctx, 'panorama.noWeakLinks', T.noWeakLinks(info.weakBelow), [
        { api: info.api, note: 'weakLinks' },
      ]),
    ];
  }
  return [
    paragraph(ctx, 'panorama.weakLinks', T.weakIntro(panorama.weakLinks.length), [
      { api: info.api, note: 'weakLinks[].reasons' },
    ]),
    {
      kind: 'bullets',
      items: panorama.weakLinks.map(
        (w) => `${nameIn(ctx.language, w.name, w.id)}: ${explainAllIn(ctx, w.reasons)}`,
      ),
    },
  ];
}
