/**
 * Transfer, licence, litigation, pledge and re-examination events of the families in the project's
 * scope, as the analysis snapshot reads them from the exports' legal events (the same families and
 * events the core score's `events` component weighs, GET /api/core-patents).
 */
import type { ReportBlock } from '@graph-schema/dto/report';
import { emptyBlock, paragraph } from '../analysis-blocks';
import { apiPath, apiSearch } from '../analysis-query';
import { joinList } from '../format';
import type { Finding, ReportContext } from '../report-context';
import { EVENT_NAMES, RISKS_TEXT } from './risks.text';

/** Families per event kind, in the fixed order of EVENT_NAMES; kinds with none are left out. */
export function familiesPerEvent(
  families: ReadonlyArray<{ events: readonly string[] }>,
): Array<[string, number]> {
  return Object.keys(EVENT_NAMES)
    .map((kind): [string, number] => [kind, families.filter((f) => f.events.includes(kind)).length])
    .filter(([, count]) => count > 0);
}

export async function eventBlocks(
  ctx: ReportContext,
): Promise<{ blocks: ReportBlock[]; findings: Finding[] }> {
  const snapshot = await ctx.server.snapshots.snapshot(ctx.scope);
  const counts = familiesPerEvent(snapshot.families);
  if (counts.length === 0)
    return { blocks: [emptyBlock(ctx, 'risks.noEvents', RISKS_TEXT.noEvents())], findings: [] };
  const list = joinList(
    counts.map(([kind, n]) => ctx.tr(RISKS_TEXT.event(ctx.tr(EVENT_NAMES[kind]!), n))),
    ctx.language,
  );
  const sentence = RISKS_TEXT.events(list, snapshot.families.length);
  const api = apiPath('/api/core-patents', apiSearch(ctx.scope, { limit: 500 }));
  return {
    blocks: [
      paragraph(ctx, 'risks.events', sentence, [{ api, note: 'items[].components[name=events].raw' }]),
    ],
    findings: [{ chapter: 'risks', weight: 0.45, text: ctx.tr(sentence) }],
  };
}
