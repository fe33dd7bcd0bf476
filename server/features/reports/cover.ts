/**
 * The cover of the report document and the parameters that reproduce it: what a reader needs before
 * page one (navigation type, client, target, competitors, data version and days) and, for the
 * synthetic demo corpus, the line saying so.
 */
import { NAVIGATION_TYPES } from '@graph-schema/dto/project';
import type { ReportDocument } from '@graph-schema/dto/report';
import { BUILD_TEXT } from './build-report.text';
import { dataVersionWords } from './data-version-words';
import type { ReportContext } from './report-context';

export function coverOf(ctx: ReportContext, syntheticDemo: boolean): ReportDocument['cover'] {
  const { definition } = ctx.project;
  const lines = [
    BUILD_TEXT.navigationType({ type: NAVIGATION_TYPES[definition.navigationType] }),
    BUILD_TEXT.client({ client: definition.client }),
    BUILD_TEXT.target({ name: definition.target?.name ?? null }),
    BUILD_TEXT.competitors({ names: definition.competitors.map((c) => c.name) }),
    BUILD_TEXT.dataVersion({ words: dataVersionWords(ctx.dataVersion, ctx.dataAsOf) }),
    BUILD_TEXT.reportDay({ today: ctx.today }),
  ].map((line) => ctx.tr(line));
  return {
    title: definition.name,
    client: definition.client,
    date: ctx.today,
    dataVersion: ctx.dataVersion,
    dataAsOf: ctx.dataAsOf,
    syntheticDemo,
    lines: syntheticDemo ? [ctx.tr(BUILD_TEXT.syntheticDemo), ...lines] : lines,
  };
}

/**
 * Everything besides the project definition and the data that decides the report's content: the
 * language, the report day, the scope the project implies, and the pins (id, chapter, order and
 * the data version each was pinned at). With the same data version these give the same document.
 */
export function reportParameters(ctx: ReportContext, syntheticDemo: boolean): Record<string, unknown> {
  return {
    language: ctx.language,
    reportDay: ctx.today,
    dataAsOf: ctx.dataAsOf,
    syntheticDemo,
    scope: ctx.scope,
    pins: [...ctx.pins]
      .sort((a, b) => a.chapter.localeCompare(b.chapter) || a.order - b.order || a.id.localeCompare(b.id))
      .map((pin) => ({ id: pin.id, chapter: pin.chapter, order: pin.order, dataVersion: pin.dataVersion })),
  };
}
