/**
 * Data import: upload export files, follow the background job (polled every second) to its
 * summary, see the recent jobs, and the loaded datasets (with delete, datasets.ts). The server detects each file's format from its content.
 */
import type { IngestJob } from '@graph-schema/dto/ingest';
import { fetchJobs, rerunJob, uploadExports } from '@web/src/api/ingest';
import { h } from '@web/src/dom/h';
import { readableErrorLine } from '@web/src/widgets/status';
import { workspaceChoice } from '@web/src/widgets/workspace-choice';
import type { ViewContext, ViewInstance } from '../types';
import { datasetsSection } from './datasets';
import { jobStatus } from './job-status';
import { followJob } from './poll';
import { recentJobs } from './recent-jobs';
import { uploadErrorMessage } from './upload-errors';

const ACCEPTED = '.csv,.txt,.xls,.xlsx,.xml,.json,.tsv';

type SendFiles = (files: File[], workspace: string | undefined) => Promise<void>;

function uploadForm(context: ViewContext, onFiles: SendFiles): HTMLElement {
  const { t } = context;
  const workspace = workspaceChoice(t, context.signal, 'tool');
  const input = h('input', { attrs: { type: 'file', name: 'file', multiple: true, accept: ACCEPTED } });
  const message = h('p', { attrs: { class: 'form-message', role: 'alert', hidden: true } });
  const submit = h(
    'button',
    { attrs: { type: 'submit', class: 'button button-primary' } },
    t('ingest.upload'),
  );
  const say = (text: string | undefined) => {
    message.textContent = text ?? '';
    message.hidden = text === undefined;
  };
  const form = h(
    'form',
    { attrs: { class: 'panel upload-form' } },
    h('h2', null, t('ingest.title')),
    h('p', { attrs: { class: 'muted' } }, t('ingest.hint')),
    // Platform names are proper names, written as the platforms write them in either language.
    h('p', { attrs: { class: 'muted', translate: 'no' } }, t('ingest.sources')),
    h('label', { attrs: { class: 'tool' } }, h('span', null, t('ingest.files')), input),
    workspace.element,
    submit,
    message,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const files = [...(input.files ?? [])];
    if (files.length === 0) return say(t('ingest.noFile'));
    say(t('ingest.uploading'));
    submit.disabled = true;
    try {
      await onFiles(files, workspace.value());
      say(undefined);
      form.reset();
    } catch (error) {
      if (!context.signal.aborted) say(uploadErrorMessage(error, t));
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

export function mount(container: HTMLElement, context: ViewContext): ViewInstance {
  const { t, lang, signal } = context;
  const current = h('div', { attrs: { class: 'current-job' } });
  const recent = h('div', { attrs: { class: 'recent' } });
  const rerun = (job: IngestJob): void => {
    rerunJob(job.id, signal)
      .then((queued) => {
        refreshRecent();
        void follow(queued);
      })
      .catch((error: unknown) => {
        if (!signal.aborted)
          current.replaceChildren(
            h('p', { attrs: { class: 'status-error', role: 'alert' } }, uploadErrorMessage(error, t)),
          );
      });
  };
  const refreshRecent = (): void => {
    fetchJobs(signal)
      .then((jobs) => recent.replaceChildren(recentJobs(jobs, t, lang, rerun)))
      .catch((error: unknown) => {
        if (!signal.aborted)
          recent.replaceChildren(h('p', { attrs: { class: 'muted' } }, uploadErrorMessage(error, t)));
      });
  };
  const follow = async (job: IngestJob): Promise<void> => {
    try {
      await followJob(job, signal, (update) => current.replaceChildren(jobStatus(update, t, lang)));
    } catch (error) {
      if (signal.aborted) return;
      const text = t('ingest.pollFailed', { message: readableErrorLine(error, t) });
      current.append(h('p', { attrs: { class: 'status-error', role: 'alert' } }, text));
    }
    refreshRecent();
    datasets.refresh();
  };
  const datasets = datasetsSection(t, lang, signal);
  const form = uploadForm(context, async (files, workspace) => {
    const job = await uploadExports(files, workspace, signal);
    refreshRecent();
    // Not awaited: the form is free again while the job runs.
    void follow(job);
  });
  container.replaceChildren(
    h('div', { attrs: { class: 'ingest-view' } }, form, current, recent, datasets.element),
  );
  refreshRecent();
  return { destroy: () => undefined };
}
