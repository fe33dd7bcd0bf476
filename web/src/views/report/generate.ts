/**
 * "Generate report": language and formats → POST /api/projects/:id/reports (202 + job), the job
 * polled every second (progress bar), then a download link per file; below, the previous jobs.
 */
import {
  REPORT_FORMATS,
  type ReportFormat,
  type ReportJob,
  type ReportLanguage,
} from '@graph-schema/dto/report';
import { fetchReportJob, fetchReportJobs, isMissingApi, startReport } from '@web/src/api/reports';
import { h } from '@web/src/dom/h';
import { formatInteger, type Lang, type Translate } from '@web/src/i18n';
import { readableErrorLine } from '@web/src/widgets/status';

const POLL_MS = 1000;

interface GenerateProps {
  t: Translate;
  lang: Lang;
  project: string;
  signal: AbortSignal;
}

function size(bytes: number, lang: Lang): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${formatInteger(Math.ceil(bytes / 1024), lang)} kB`;
}

export function fileLinks(t: Translate, lang: Lang, job: ReportJob): HTMLElement {
  return h(
    'span',
    { attrs: { class: 'report-files' } },
    ...job.files.map((file) =>
      h(
        'a',
        {
          attrs: {
            href: file.url,
            download: file.fileName,
            class: 'button button-small',
            'data-format': file.format,
          },
        },
        t('report.download', { format: file.format.toUpperCase(), size: size(file.bytes, lang) }),
      ),
    ),
  );
}

function jobsTable(t: Translate, lang: Lang, jobs: readonly ReportJob[]): HTMLElement {
  if (jobs.length === 0) return h('p', { attrs: { class: 'muted' } }, t('report.noJobs'));
  const sorted = [...jobs].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
  const head = h(
    'tr',
    null,
    h('th', null, t('report.jobCreated')),
    h('th', null, t('report.language')),
    h('th', null, t('report.jobState')),
    h('th', null, t('report.jobFiles')),
  );
  const rows = sorted.map((job) =>
    h(
      'tr',
      { attrs: { 'data-job': job.id } },
      h('td', null, job.createdAt.slice(0, 19).replace('T', ' ')),
      h('td', null, t(`report.lang.${job.request.language}`)),
      h('td', null, t(`report.state.${job.state}`)),
      h('td', null, fileLinks(t, lang, job)),
    ),
  );
  return h(
    'table',
    { attrs: { class: 'ranked report-jobs' } },
    h('thead', null, head),
    h('tbody', null, ...rows),
  );
}

function checkedFormats(form: HTMLFormElement): ReportFormat[] {
  return REPORT_FORMATS.filter(
    (format) => form.querySelector<HTMLInputElement>(`input[name="format"][value="${format}"]`)?.checked,
  );
}

export function generatePanel(props: GenerateProps): HTMLElement {
  const { t, lang } = props;
  const progress = h('progress', {
    attrs: { max: 1, value: 0, hidden: true, 'aria-label': t('report.generate') },
  });
  const status = h('p', { attrs: { class: 'report-status', 'aria-live': 'polite' } });
  const result = h('div', { attrs: { class: 'report-result' } });
  const jobsHost = h('div', { attrs: { class: 'report-jobs-host' } });
  const submit = h(
    'button',
    { attrs: { type: 'submit', class: 'button button-primary', 'data-action': 'generate' } },
    t('report.generate'),
  );
  const refreshJobs = () =>
    fetchReportJobs(props.project, props.signal)
      .then((jobs) => jobsHost.replaceChildren(h('h3', null, t('report.jobs')), jobsTable(t, lang, jobs)))
      .catch((error: unknown) =>
        jobsHost.replaceChildren(
          h(
            'p',
            { attrs: { class: 'muted' } },
            isMissingApi(error) ? t('report.unavailable') : readableErrorLine(error, t),
          ),
        ),
      );

  const show = (job: ReportJob) => {
    progress.hidden = false;
    progress.value = job.progress.fraction;
    status.textContent = t('report.progress', { percent: `${Math.round(job.progress.fraction * 100)}%` });
    status.title = job.progress.step;
    if (job.state === 'failed') status.textContent = t('report.failed', { reason: job.error?.message ?? '' });
    if (job.state === 'done') result.replaceChildren(fileLinks(t, lang, job));
  };
  const follow = async (job: ReportJob) => {
    let current = job;
    show(current);
    while (current.state === 'queued' || current.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (props.signal.aborted) return;
      current = await fetchReportJob(current.id, props.signal);
      show(current);
    }
    void refreshJobs();
  };
  const languages = (['zh', 'en'] as const).map((value) =>
    h(
      'label',
      { attrs: { class: 'choice' } },
      h('input', { attrs: { type: 'radio', name: 'language', value, checked: value === 'zh' } }),
      t(`report.lang.${value}`),
    ),
  );
  const formats = REPORT_FORMATS.map((value) =>
    h(
      'label',
      { attrs: { class: 'choice' } },
      h('input', { attrs: { type: 'checkbox', name: 'format', value, checked: true } }),
      value.toUpperCase(),
    ),
  );
  const form = h(
    'form',
    { attrs: { class: 'report-generate' } },
    h('h2', null, t('report.generate')),
    h('fieldset', null, h('legend', null, t('report.language')), ...languages),
    h('fieldset', null, h('legend', null, t('report.formats')), ...formats),
    submit,
    progress,
    status,
    result,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = checkedFormats(form);
    if (chosen.length === 0) {
      status.textContent = t('report.noFormat');
      return;
    }
    const language = (form.querySelector<HTMLInputElement>('input[name="language"]:checked')?.value ??
      'zh') as ReportLanguage;
    submit.disabled = true;
    result.replaceChildren();
    startReport(props.project, { language, formats: chosen })
      .then(follow)
      .catch(
        (error: unknown) =>
          (status.textContent = isMissingApi(error) ? t('report.unavailable') : readableErrorLine(error, t)),
      )
      .finally(() => (submit.disabled = false));
  });
  void refreshJobs();
  return h('section', { attrs: { class: 'report-generate-panel' } }, form, jobsHost);
}
