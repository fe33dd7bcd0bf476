/** One ingest job on screen: its state, live progress while it runs, then the per-file summary. */
import type { FileSummary, IngestJob, IngestSummary } from '@graph-schema/dto/ingest';
import { h } from '@web/src/dom/h';
import { formatInteger, type Lang, localeOf, type MessageKey, type Translate } from '@web/src/i18n';

/** Summary columns in display order (the FileSummary counts). */
const COUNT_COLUMNS = ['read', 'loaded', 'updated', 'duplicates', 'quarantined', 'warnings'] as const;

/** Uploads are stored under a server folder; the user knows them by their own file name. */
export const baseName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

export const startedAt = (job: IngestJob, lang: Lang): string =>
  new Date(job.createdAt).toLocaleString(localeOf(lang));

export function stateBadge(job: IngestJob, t: Translate): HTMLElement {
  return h(
    'span',
    { attrs: { class: `job-state job-${job.state}` } },
    t(`ingest.state.${job.state}` as MessageKey),
  );
}

function progressLine(job: IngestJob, t: Translate, lang: Lang): HTMLElement {
  const progress = job.progress;
  if (!progress) return h('p', { attrs: { class: 'muted' } }, t('ingest.waiting'));
  const n = (value: number) => formatInteger(value, lang);
  const percent =
    progress.bytesTotal && progress.bytesRead !== undefined
      ? Math.min(100, Math.round((progress.bytesRead / progress.bytesTotal) * 100))
      : undefined;
  return h(
    'div',
    { attrs: { class: 'job-progress' } },
    h(
      'p',
      null,
      t('ingest.progress', {
        file: baseName(progress.file),
        read: n(progress.read),
        loaded: n(progress.loaded),
        quarantined: n(progress.quarantined),
      }),
    ),
    percent !== undefined && h('progress', { attrs: { max: 100, value: percent } }),
  );
}

function reasonsText(file: FileSummary): string {
  return Object.entries(file.reasons)
    .map(([reason, count]) => `${reason}: ${count}`)
    .join('; ');
}

function summaryTable(summary: IngestSummary, t: Translate, lang: Lang): HTMLElement {
  const n = (value: number) => h('td', { attrs: { class: 'num' } }, formatInteger(value, lang));
  const head = h(
    'tr',
    null,
    h('th', { attrs: { scope: 'col' } }, t('ingest.col.file')),
    h('th', { attrs: { scope: 'col' } }, t('ingest.col.format')),
    ...COUNT_COLUMNS.map((c) => h('th', { attrs: { scope: 'col', class: 'num' } }, t(`ingest.col.${c}`))),
    h('th', { attrs: { scope: 'col' } }, t('ingest.reasons')),
  );
  const rows = summary.files.map((file) =>
    h(
      'tr',
      null,
      h('td', null, baseName(file.file)),
      h('td', null, file.format),
      ...COUNT_COLUMNS.map((c) => n(file[c])),
      h('td', { attrs: { class: 'reasons' } }, reasonsText(file)),
    ),
  );
  const totals = h(
    'tr',
    { attrs: { class: 'totals-row' } },
    h('th', { attrs: { scope: 'row', colspan: 2 } }, t('ingest.totals')),
    ...COUNT_COLUMNS.map((c) => n(summary.totals[c])),
    h('td', null),
  );
  return h(
    'table',
    { attrs: { class: 'ranked job-summary' } },
    h('thead', null, head),
    h('tbody', null, ...rows, totals),
  );
}

function summarySection(summary: IngestSummary, t: Translate, lang: Lang): HTMLElement {
  const quarantined = summary.totals.quarantined + summary.totals.warnings > 0;
  return h(
    'div',
    { attrs: { class: 'job-result' } },
    h('h3', null, t('ingest.summary')),
    summaryTable(summary, t, lang),
    summary.aborted !== undefined &&
      h('p', { attrs: { class: 'notice' } }, t('ingest.aborted', { reason: summary.aborted })),
    quarantined && summary.quarantineFile
      ? h('p', null, t('ingest.quarantineFile'), h('code', null, summary.quarantineFile))
      : h('p', { attrs: { class: 'muted' } }, t('ingest.noQuarantine')),
  );
}

export function jobStatus(job: IngestJob, t: Translate, lang: Lang): HTMLElement {
  return h(
    'section',
    { attrs: { class: 'panel job', 'data-job-id': job.id, 'data-job-state': job.state } },
    h(
      'div',
      { attrs: { class: 'panel-head' } },
      h('h2', null, t('ingest.job', { time: startedAt(job, lang) })),
      stateBadge(job, t),
    ),
    h('p', { attrs: { class: 'muted' } }, job.files.map(baseName).join(', ')),
    (job.state === 'queued' || job.state === 'running') && progressLine(job, t, lang),
    job.summary && summarySection(job.summary, t, lang),
    job.error !== undefined &&
      h('p', { attrs: { class: 'status-error', role: 'alert' } }, t('ingest.failed', { message: job.error })),
  );
}
