/**
 * Chapter "risks" (风险提示): legal status and expiry windows read through the same function as
 * `GET /api/landscape/legal` (as of the report day), transfer/licence/litigation events of the
 * families in scope (the core-patents snapshot, whose `events` component scores them), and the
 * FTO screenings recorded in the project. Every part says what it cannot rule out: never zero risk.
 */
import { LegalQuery, type LegalResponse } from '@graph-schema/dto/landscape-actors';
import type { ReportBlock } from '@graph-schema/dto/report';
import { legalLandscape } from '@server/features/landscape/legal';
import { emptyBlock, paragraph, tableLabel } from '../analysis-blocks';
import { apiPath, apiSearch, parseSearch } from '../analysis-query';
import { methodNote, uiLabel } from '../explain-text';
import { joinList } from '../format';
import type { ChapterBuilder, ChapterPlace, Finding, ReportContext } from '../report-context';
import { eventBlocks } from './risk-events';
import { screeningBlocks } from './risk-screenings';
import { RISK_COLUMNS, RISKS_TEXT } from './risks.text';

export const buildRisksChapter: ChapterBuilder = async (ctx, place) => {
  const search = apiSearch(ctx.scope, { asOf: ctx.today });
  const legal = await legalLandscape(ctx.server.db, parseSearch(LegalQuery, search), ctx.today);
  const api = apiPath('/api/landscape/legal', search);
  const families = legal.statuses.reduce((sum, s) => sum + s.families, 0);
  const legalPart: ReportBlock[] =
    families === 0
      ? [emptyBlock(ctx, 'risks.noPatents', RISKS_TEXT.noPatents())]
      : legalBlocks(ctx, place, legal, families, api);
  const events = await eventBlocks(ctx);
  const screenings = await screeningBlocks(ctx, place);
  const findings: Finding[] = [...events.findings, ...screenings.findings];
  if (families > 0)
    findings.push({ chapter: 'risks', weight: 0.5, text: ctx.tr(expirySentence(ctx, legal)) });
  return {
    blocks: [
      ...legalPart,
      ...events.blocks,
      ...screenings.blocks,
      paragraph(ctx, 'risks.disclaimer', RISKS_TEXT.disclaimer()),
    ],
    findings,
    methods: [legal.basis, ...legal.notes].map((note) => methodNote(ctx, note)),
  };
};

function legalBlocks(
  ctx: ReportContext,
  place: ChapterPlace,
  legal: LegalResponse,
  families: number,
  api: string,
): ReportBlock[] {
  const statusName = (status: string) =>
    uiLabel(ctx, `explain.value.legalStatus.${status as 'active' | 'pending' | 'inactive' | 'unknown'}`);
  const list = joinList(
    legal.statuses.map((s) => ctx.tr(RISKS_TEXT.status(statusName(s.status), s.families, s.publications))),
    ctx.language,
  );
  const c = RISK_COLUMNS;
  return [
    paragraph(ctx, 'risks.statuses', RISKS_TEXT.statuses(list, families), [{ api, note: 'statuses' }]),
    {
      kind: 'table',
      id: 'legal-status',
      caption: ctx.tr(RISKS_TEXT.legalTableCaption(tableLabel(ctx, place, 1))),
      columns: [
        { label: ctx.tr(c.status), numeric: false },
        { label: ctx.tr(c.families), numeric: true },
        { label: ctx.tr(c.publications), numeric: true },
      ],
      rows: legal.statuses.map((s) => [statusName(s.status), s.families, s.publications]),
    },
    paragraph(ctx, 'risks.expiry', expirySentence(ctx, legal), [{ api, note: 'asOf, expiry[]' }]),
  ];
}

function expirySentence(ctx: ReportContext, legal: LegalResponse) {
  const windows = legal.expiry.map((w) =>
    ctx.tr(RISKS_TEXT.expiryWindow(w.withinYears, w.until, w.publications, w.families)),
  );
  return RISKS_TEXT.expiry(legal.asOf, joinList(windows, ctx.language));
}
