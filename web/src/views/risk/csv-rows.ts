/**
 * The screening as two spreadsheet tables: one row per patent, and one row per claim element
 * (the claim charts). Pure. The disclaimer goes in as the last row of both, so it travels with
 * the file when it is forwarded without the page.
 */
import type { FtoResponse } from '@graph-schema/dto/fto';
import type { CsvCell } from '@web/src/export/csv';
import type { Lang, Translate } from '@web/src/i18n';
import { explainAll } from '@web/src/i18n/explain';
import { claimChartModels, MATCH_KIND_KEYS } from './claim-chart-model';
import { riskBadge } from './risk-badge';

export interface CsvTable {
  columns: string[];
  rows: CsvCell[][];
}

function disclaimerRow(answer: FtoResponse, lang: Lang): CsvCell[] {
  return [answer.disclaimer[lang]];
}

export function resultsTable(answer: FtoResponse, t: Translate, lang: Lang): CsvTable {
  const columns = [
    t('risk.col.rank'),
    t('risk.col.patent'),
    t('risk.col.jurisdiction'),
    t('risk.col.title'),
    t('risk.col.applicant'),
    t('risk.col.level'),
    t('risk.col.reasons'),
    t('risk.col.remaining'),
    t('risk.col.expiry'),
    t('risk.col.legalStatus'),
    t('risk.col.relevanceRank'),
    t('risk.col.matchedVia'),
    t('risk.col.own'),
  ];
  const rows: CsvCell[][] = answer.results.map((item) => [
    item.rank,
    item.patentId,
    item.jurisdiction,
    item.title,
    item.applicant,
    t(riskBadge(item.riskLevel).labelKey),
    explainAll(item.reasons, lang),
    item.remainingTermYears === null ? null : Math.round(item.remainingTermYears * 10) / 10,
    item.expiryDate,
    item.legalStatus,
    item.relevance.rank,
    item.relevance.matchedVia,
    item.ownPortfolio ? t('risk.ownLabel') : null,
  ]);
  return { columns, rows: [...rows, disclaimerRow(answer, lang)] };
}

export function claimChartTable(answer: FtoResponse, t: Translate, lang: Lang): CsvTable {
  const columns = [
    t('risk.col.patent'),
    t('risk.col.level'),
    t('risk.col.claim'),
    t('risk.col.position'),
    t('risk.col.element'),
    t('risk.col.feature'),
    t('risk.col.score'),
    t('risk.col.match'),
  ];
  const rows: CsvCell[][] = answer.results.flatMap((item) =>
    claimChartModels(item).flatMap((chart) =>
      chart.rows.map((row): CsvCell[] => [
        item.patentId,
        t(riskBadge(item.riskLevel).labelKey),
        chart.claimNumber,
        row.position,
        row.element,
        row.bestFeature,
        row.score,
        t(MATCH_KIND_KEYS[row.kind]),
      ]),
    ),
  );
  return { columns, rows: [...rows, disclaimerRow(answer, lang)] };
}
