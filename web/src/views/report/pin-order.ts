/**
 * Pins grouped under the report chapters in report order (every chapter listed, empty ones too),
 * each chapter's pins by `order`, then creation time and id (a stable order whatever the server
 * sends); and the PinPatch that moves a pin. Pure.
 */
import { type Pin, REPORT_CHAPTER_IDS, type ReportChapterId } from '@graph-schema/dto/report';

export interface ChapterPins {
  chapter: ReportChapterId;
  pins: Pin[];
}

export function pinsByChapter(pins: readonly Pin[]): ChapterPins[] {
  const ordered = [...pins].sort(
    (a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  return REPORT_CHAPTER_IDS.map((chapter) => ({
    chapter,
    pins: ordered.filter((pin) => pin.chapter === chapter),
  }));
}

/** The patch moving a pin one place up (-1) or down (+1) in its chapter; null at either end. */
export function movePatch(group: ChapterPins, pinId: string, step: -1 | 1): { order: number } | null {
  const index = group.pins.findIndex((pin) => pin.id === pinId);
  const target = index + step;
  if (index < 0 || target < 0 || target >= group.pins.length) return null;
  return { order: target };
}

/** Moving to another chapter appends the pin at its end. */
export function chapterPatch(
  groups: readonly ChapterPins[],
  chapter: ReportChapterId,
): { chapter: ReportChapterId; order: number } {
  return { chapter, order: groups.find((group) => group.chapter === chapter)?.pins.length ?? 0 };
}
