/**
 * The recent jobs table (`GET /api/ingest/jobs`, newest first, stored by the server across restarts);
 * a job a restart interrupted offers to run again, or says its upload is gone.
 */
import type { IngestJob } from '@graph-schema/dto/ingest';
import { h } from '@web/src/dom/h';
import { formatInteger, type Lang, type Translate } from '@web/src/i18n';
import { baseName, startedAt, stateBadge } from './job-status';

function rerunCell(job: IngestJob, t: Translate, onRerun: (job: IngestJob) => void): HTMLElement {
  if (job.state !== 'interrupted') return h('td', null);
  if (!job.canRerun) return h('td', { attrs: { class: 'muted' } }, t('ingest.uploadGone'));
  const button = h('button', { attrs: { type: 'button', class: 'button' } }, t('ingest.rerun'));
  button.addEventListener('click', () => {
    button.disabled = true;
    onRerun(job);
  });
  return h('td', null, h('span', { attrs: { class: 'muted' } }, t('ingest.rerunHint')), ' ', button);
}

export function recentJobs(
  jobs: IngestJob[],
  t: Translate,
  lang: Lang,
  onRerun: (job: IngestJob) => void,
): HTMLElement {
  const title = h('h2', null, t('ingest.recent'));
  if (jobs.length === 0)
    return h(
      'section',
      { attrs: { class: 'panel' } },
      title,
      h('p', { attrs: { class: 'muted' } }, t('ingest.noJobs')),
    );
  const n = (value: number | undefined) =>
    h('td', { attrs: { class: 'num' } }, value === undefined ? '' : formatInteger(value, lang));
  const rows = jobs.map((job) =>
    h(
      'tr',
      { attrs: { 'data-job-id': job.id } },
      h('td', null, startedAt(job, lang)),
      h('td', null, stateBadge(job, t)),
      h('td', null, job.files.map(baseName).join(', ')),
      n(job.summary?.totals.read),
      n(job.summary?.totals.loaded),
      n(job.summary?.totals.quarantined),
      rerunCell(job, t, onRerun),
    ),
  );
  const head = h(
    'tr',
    null,
    h('th', { attrs: { scope: 'col' } }, t('ingest.col.started')),
    h('th', { attrs: { scope: 'col' } }, t('ingest.col.state')),
    h('th', { attrs: { scope: 'col' } }, t('ingest.col.file')),
    h('th', { attrs: { scope: 'col', class: 'num' } }, t('ingest.col.read')),
    h('th', { attrs: { scope: 'col', class: 'num' } }, t('ingest.col.loaded')),
    h('th', { attrs: { scope: 'col', class: 'num' } }, t('ingest.col.quarantined')),
    h('td', null),
  );
  return h(
    'section',
    { attrs: { class: 'panel recent-jobs' } },
    title,
    h('table', { attrs: { class: 'ranked' } }, h('thead', null, head), h('tbody', null, ...rows)),
  );
}
