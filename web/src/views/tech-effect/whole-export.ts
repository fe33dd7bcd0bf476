/**
 * The technology–effect matrix as an export with the shared header (export/export-metadata.ts): the
 * grid as on screen, and every cell of the answer as a row (branch, effect, families,
 * observed/expected, kind). The API answers the whole matrix at once, so no paging is needed; when
 * it read only the first `maxFamilies` families (`truncated`), the header says the matrix is partial.
 */
import { TechEffectQuery, type TechEffectResponse } from '@graph-schema/dto/tech-effect';
import { apiUrl } from '@web/src/api/query';
import { EXPORT_ROW_CAP } from '@web/src/export/all-pages';
import { describeExport } from '@web/src/export/export-metadata';
import { exportDataState } from '@web/src/export/health-data';
import { exportDay, type WholeList } from '@web/src/export/whole-list-downloads';
import type { Lang, Translate } from '@web/src/i18n';
import type { Filters } from '@web/src/scope/filters';
import { bothNames } from '../navigation/bilingual';

export interface TeExportContext {
  t: Translate;
  lang: Lang;
  filters: Filters;
  signal?: AbortSignal;
}

export async function techEffectWholeList(
  data: TechEffectResponse,
  grid: { columns: string[]; rows: (string | number)[][] },
  context: TeExportContext,
): Promise<WholeList> {
  const { t, lang } = context;
  const rowNames = new Map(data.rows.map((row) => [row.id, bothNames(row.name, row.id)]));
  const effectNames = new Map(data.effects.map((effect) => [effect.id, effect.name[lang]]));
  const cells = data.cells.map((cell) => [
    rowNames.get(cell.row) ?? cell.row,
    effectNames.get(cell.effect) ?? cell.effect,
    cell.families,
    cell.observedToExpected,
    t(`nav.te.kind.${cell.kind}`),
  ]);
  const about = describeExport({
    title: `${t('nav.te.title')} — ${bothNames(data.chain.name, data.chain.id)}`,
    scope: context.filters,
    dateBasis: data.dateBasis,
    query: apiUrl(
      '/api/tech-effect',
      TechEffectQuery,
      { chain: data.chain.id, rowLevel: data.rowLevel },
      context.filters,
    ),
    rows: cells.length,
    total: cells.length,
    cap: EXPORT_ROW_CAP,
    data: await exportDataState(context.signal),
    today: exportDay(),
    extra: [
      { label: t('figure.counts'), value: t('export.meta.teFamilies', { families: data.families }) },
      ...(data.truncated ? [{ label: t('export.meta.rows'), value: t('export.meta.teTruncated') }] : []),
    ],
    t,
    lang,
  });
  return {
    about,
    tables: [
      {
        name: t('export.sheet.cells'),
        columns: [
          t('kind.branch'),
          t('export.col.effect'),
          t('export.col.families'),
          t('export.col.ratio'),
          t('export.col.kind'),
        ],
        rows: cells,
      },
      { name: t('nav.te.title'), ...grid },
    ],
  };
}
