/**
 * Pins as report blocks: each pinned view goes to the end of the chapter it was pinned to, in the
 * analyst's `order` (ties by creation time, then id, so the order never depends on the input's),
 * with a sentence saying when it was pinned and whether the data changed since.
 */
import type { Pin, ReportBlock, ReportChapterId } from '@graph-schema/dto/report';
import { BUILD_TEXT } from './build-report.text';
import { dataVersionWords } from './data-version-words';
import type { ReportContext } from './report-context';

type PinBlock = Extract<ReportBlock, { kind: 'pin' }>;

export function pinBlock(ctx: ReportContext, pin: Pin): PinBlock {
  const provenance = BUILD_TEXT.pinProvenance({
    day: pin.createdAt.slice(0, 10),
    same: pin.dataVersion === ctx.dataVersion,
    // The day of a pinned version's load is known only from a full fingerprint.
    pinned: dataVersionWords(pin.dataVersion, pin.dataVersion === ctx.dataVersion ? ctx.dataAsOf : null),
    current: dataVersionWords(ctx.dataVersion, ctx.dataAsOf),
  });
  return {
    kind: 'pin',
    pinId: pin.id,
    title: pin.title,
    comment: pin.comment,
    provenance: ctx.tr(provenance),
    svg: pin.snapshot.svg,
    table: pin.snapshot.table,
  };
}

const byPinOrder = (a: Pin, b: Pin): number =>
  a.order - b.order || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** The pin blocks of one chapter, in order. */
export function pinBlocksOf(ctx: ReportContext, chapter: ReportChapterId): PinBlock[] {
  return ctx.pins
    .filter((pin) => pin.chapter === chapter)
    .sort(byPinOrder)
    .map((pin) => pinBlock(ctx, pin));
}
