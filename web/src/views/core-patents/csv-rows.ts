/** The ranked page as a spreadsheet: one row per family, with every component's contribution. Pure. */
import type { CorePatentsResponse } from '@graph-schema/dto/core-patents';
import type { CsvCell } from '@web/src/export/csv';
import type { Translate } from '@web/src/i18n';
import type { ComponentName } from './breakdown-model';

export interface CsvTable {
  columns: string[];
  rows: CsvCell[][];
}

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

export function coreTable(answer: CorePatentsResponse, t: Translate): CsvTable {
  // Components with a weight in this preset, in the order the server lists the weights.
  const names = Object.keys(answer.weights).filter(
    (name) => (answer.weights[name] ?? 0) > 0,
  ) as ComponentName[];
  const columns = [
    t('core.col.rank'),
    t('core.col.patent'),
    t('core.col.family'),
    t('core.col.title'),
    t('core.col.applicant'),
    t('core.col.year'),
    t('core.col.score'),
    t('core.col.core'),
    ...names.map((name) => `${t(`core.component.${name}`)} (${t('core.contribution')})`),
  ];
  const rows = answer.items.map((item): CsvCell[] => {
    const byName = new Map(item.components.map((component) => [component.name, component.contribution]));
    return [
      item.rank,
      item.patentId,
      item.familyId,
      item.title,
      item.applicant?.name,
      item.priorityYear,
      round(item.score, 2),
      item.core ? t('core.yes') : t('core.no'),
      ...names.map((name) => round(byName.get(name) ?? 0, 3)),
    ];
  });
  return { columns, rows };
}
