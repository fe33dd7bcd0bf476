/** The datasets loaded for a project (read-only: datasets are added by `npm run ingest -- --project <id>`). */
import type { DatasetRecord } from '@graph-schema/dto/project';
import { h } from '@web/src/dom/h';
import { formatInteger, type Lang, type Translate } from '@web/src/i18n';

export function datasetsTable(t: Translate, lang: Lang, datasets: readonly DatasetRecord[]): HTMLElement {
  const title = h('h3', null, t('datasets.title'));
  if (datasets.length === 0)
    return h(
      'section',
      { attrs: { class: 'datasets' } },
      title,
      h('p', { attrs: { class: 'muted' } }, t('datasets.none')),
    );
  const keys = ['file', 'format', 'loaded', 'quarantined', 'importedAt'] as const;
  const rows = datasets.map((d) =>
    h(
      'tr',
      null,
      h('td', { attrs: { title: d.checksum } }, d.fileName),
      h('td', null, d.format),
      h('td', { attrs: { class: 'num' } }, formatInteger(d.loaded, lang)),
      h('td', { attrs: { class: 'num' } }, formatInteger(d.quarantined, lang)),
      h('td', null, d.importedAt.slice(0, 16).replace('T', ' ')),
    ),
  );
  return h(
    'section',
    { attrs: { class: 'datasets' } },
    title,
    h(
      'table',
      { attrs: { class: 'ranked' } },
      h('thead', null, h('tr', null, ...keys.map((k) => h('th', null, t(`datasets.${k}`))))),
      h('tbody', null, ...rows),
    ),
  );
}
