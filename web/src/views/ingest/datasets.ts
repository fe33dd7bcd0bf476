/**
 * The loaded datasets on the import page (`GET /api/ingest/datasets`, analysts and admins): file,
 * source platform, import time, records read, projects, and a delete button that opens the confirmation
 * dialog. A user who may not list datasets sees no section at all.
 */
import type { DatasetDeleteResult, DatasetEntry } from '@graph-schema/dto/datasets';
import { fetchDatasets } from '@web/src/api/ingest';
import { RequestError } from '@web/src/api/request-error';
import { h } from '@web/src/dom/h';
import { formatInteger, type Lang, localeOf, type Translate } from '@web/src/i18n';
import { readableErrorLine } from '@web/src/widgets/status';
import { openDeleteDatasetDialog } from './delete-dataset-dialog';

function datasetRow(dataset: DatasetEntry, t: Translate, lang: Lang, onDelete: () => void): HTMLElement {
  const button = h(
    'button',
    {
      attrs: {
        type: 'button',
        class: 'button button-danger',
        'aria-label': `${t('datasets.delete')} ${dataset.fileName}`,
      },
    },
    t('datasets.delete'),
  );
  button.addEventListener('click', onDelete);
  const imported = dataset.importedAt ? new Date(dataset.importedAt).toLocaleString(localeOf(lang)) : '';
  return h(
    'tr',
    { attrs: { 'data-checksum': dataset.checksum } },
    h('td', { attrs: { translate: 'no' } }, dataset.fileName),
    // Platform names are proper names, written as the platforms write them in either language.
    h('td', { attrs: { translate: 'no' } }, dataset.exporter ?? t('datasets.unknownSource')),
    h('td', null, imported),
    h('td', { attrs: { class: 'num' } }, formatInteger(dataset.read, lang)),
    h('td', { attrs: { class: 'num' } }, formatInteger(dataset.projects.length, lang)),
    h('td', null, button),
  );
}

function datasetTable(
  datasets: DatasetEntry[],
  t: Translate,
  lang: Lang,
  onDelete: (d: DatasetEntry) => void,
) {
  if (datasets.length === 0) return h('p', { attrs: { class: 'muted' } }, t('datasets.none'));
  const th = (key: Parameters<Translate>[0], numeric = false) =>
    h('th', { attrs: { scope: 'col', ...(numeric ? { class: 'num' } : {}) } }, t(key));
  return h(
    'table',
    { attrs: { class: 'ranked datasets-table' } },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        th('datasets.col.file'),
        th('datasets.col.source'),
        th('datasets.col.imported'),
        th('datasets.col.loaded', true),
        th('datasets.col.projects', true),
        h('td', null),
      ),
    ),
    h('tbody', null, ...datasets.map((d) => datasetRow(d, t, lang, () => onDelete(d)))),
  );
}

/** The section, filled once the list arrives; `refresh` reads the list again (after an import). */
export function datasetsSection(
  t: Translate,
  lang: Lang,
  signal: AbortSignal,
): { element: HTMLElement; refresh: () => void } {
  const section = h('section', { attrs: { class: 'panel datasets', hidden: true } });
  const notice = h('p', { attrs: { class: 'form-message form-message-ok', role: 'status', hidden: true } });
  const refresh = (): void => {
    fetchDatasets(signal)
      .then((datasets) => {
        section.hidden = false;
        section.replaceChildren(
          h('h2', null, t('datasets.title')),
          h('p', { attrs: { class: 'muted' } }, t('datasets.hint')),
          notice,
          datasetTable(datasets, t, lang, (dataset) => openDeleteDatasetDialog(t, dataset, deleted)),
        );
      })
      .catch((error: unknown) => {
        // A client viewer may not list datasets: the section stays hidden for them.
        if (signal.aborted || (error instanceof RequestError && error.status === 403)) return;
        section.hidden = false;
        section.replaceChildren(h('p', { attrs: { class: 'muted' } }, readableErrorLine(error, t)));
      });
  };
  const deleted = ({ removed }: DatasetDeleteResult): void => {
    notice.textContent = t('datasets.deleted', {
      name: removed.fileName,
      patents: formatInteger(removed.patents, lang),
      links: formatInteger(removed.links, lang),
    });
    notice.hidden = false;
    refresh();
  };
  refresh();
  return { element: section, refresh };
}
