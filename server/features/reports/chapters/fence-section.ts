/**
 * The fences around the top core patents of the project's scope (the first items of
 * `GET /api/core-patents`), each read through the same function as `GET /api/patents/:id/fence`:
 * own vs hostile peripheral patents, owner concentration, layout mode and expiry profile.
 */
import { CorePatentsQuery } from '@graph-schema/dto/core-patents';
import { FenceQuery, type FenceResponse } from '@graph-schema/dto/fence';
import type { ReportBlock } from '@graph-schema/dto/report';
import { corePatentsPage } from '@server/features/core-patents/core-patents';
import { fenceAround } from '@server/features/fence/fence';
import { emptyBlock, paragraph, tableLabel } from '../analysis-blocks';
import { apiPath, apiSearch, parseSearch } from '../analysis-query';
import { explainIn, methodNote } from '../explain-text';
import { decimals, joinList, percent } from '../format';
import type { ChapterContent, ChapterPlace, ReportContext } from '../report-context';
import { ROUTE_COLUMNS, ROUTE_TEXT } from './tech-route.text';

/** Fences drawn: the top core patents, as many as a reader compares at once. */
export const FENCED_CORE_PATENTS = 2;
/** Owners listed per side of a fence. */
const OWNERS_LISTED = 5;

export async function fenceSection(ctx: ReportContext, place: ChapterPlace): Promise<ChapterContent> {
  const heading: ReportBlock = { kind: 'heading', level: 3, text: ctx.tr(ROUTE_TEXT.fenceHeading()) };
  const coreSearch = apiSearch(ctx.scope, { preset: 'default', limit: FENCED_CORE_PATENTS });
  const coreQuery = parseSearch(CorePatentsQuery, coreSearch);
  const top = (await corePatentsPage(await ctx.server.snapshots.snapshot(coreQuery), coreQuery)).items.filter(
    (i) => i.core,
  );
  if (top.length === 0) {
    return {
      blocks: [heading, emptyBlock(ctx, 'techRoute.noCore', ROUTE_TEXT.noCore())],
      findings: [],
      methods: [],
    };
  }
  const fenceQuery = FenceQuery.parse({});
  const fences = await Promise.all(top.map((item) => fenceAround(ctx.server.db, item.patentId, fenceQuery)));
  const blocks: ReportBlock[] = [heading];
  fences.forEach((fence) => {
    // The fence's defaults (FenceQuery): window, hops and similarity as the API applies them.
    const api = `/api/patents/${encodeURIComponent(fence.core.patentId)}/fence`;
    const evidence = [
      { api: apiPath('/api/core-patents', coreSearch), note: 'items[core=true].patentId' },
      { api, note: 'own, hostile, concentration, layoutMode, expiryProfile' },
    ];
    const peripheral = fence.own.patents + fence.hostile.patents;
    blocks.push(
      peripheral === 0
        ? emptyBlock(ctx, 'techRoute.noFence', ROUTE_TEXT.noFence(fence.core.patentId))
        : paragraph(ctx, 'techRoute.fence', fenceSentence(ctx, fence), evidence),
    );
  });
  blocks.push(fenceTable(ctx, place, fences));
  const first = fences[0]!;
  const findings =
    first.own.patents + first.hostile.patents > 0
      ? [{ chapter: 'tech-route' as const, weight: 0.5, text: ctx.tr(fenceSentence(ctx, first)) }]
      : [];
  return { blocks, findings, methods: fences.slice(0, 1).map((fence) => methodNote(ctx, fence.method)) };
}

function fenceSentence(ctx: ReportContext, fence: FenceResponse) {
  const { concentration } = fence;
  const expiry = joinList(
    fence.expiryProfile.map((e) =>
      ctx.tr(
        ROUTE_TEXT.expiryYear(e.year === null ? ctx.tr(ROUTE_TEXT.unknown()) : String(e.year), e.patents),
      ),
    ),
    ctx.language,
  );
  return ROUTE_TEXT.fence({
    patentId: fence.core.patentId,
    peripheral: fence.own.patents + fence.hostile.patents,
    own: fence.own.patents,
    hostile: fence.hostile.patents,
    owners: concentration.owners,
    hhi: decimals(concentration.hhi),
    top: concentration.topOwner?.name ?? ctx.tr(ROUTE_TEXT.noOwner()),
    topShare: percent(concentration.topShare),
    mode: ctx.language === 'zh' ? fence.layoutMode.label : fence.layoutMode.en,
    basis: explainIn(ctx, fence.layoutMode.basis),
    expiry: expiry === '' ? '—' : expiry,
  });
}

function fenceTable(ctx: ReportContext, place: ChapterPlace, fences: readonly FenceResponse[]): ReportBlock {
  const c = ROUTE_COLUMNS;
  const rows = fences.flatMap((fence) =>
    (['own', 'hostile'] as const).flatMap((side) =>
      fence[side].owners
        .slice(0, OWNERS_LISTED)
        .map((owner) => [fence.core.patentId, ctx.tr(ROUTE_TEXT[side]()), owner.name, owner.patents]),
    ),
  );
  return {
    kind: 'table',
    id: 'fences',
    caption: ctx.tr(ROUTE_TEXT.fenceTableCaption(tableLabel(ctx, place, 2))),
    columns: [
      { label: ctx.tr(c.corePatent), numeric: false },
      { label: ctx.tr(c.side), numeric: false },
      { label: ctx.tr(c.owner), numeric: false },
      { label: ctx.tr(c.patents), numeric: true },
    ],
    rows,
  };
}
