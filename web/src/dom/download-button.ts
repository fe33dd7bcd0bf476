/**
 * A button that builds a file and downloads it. Building may be asynchronous (a lazily loaded
 * exporter); a failure is shown next to the button instead of disappearing into the console.
 */
import { RequestError } from '../api/request-error';
import type { Translate } from '../i18n';
import { downloadBlob } from './download';
import { h } from './h';

export interface DownloadButtonProps {
  t: Translate;
  label: string;
  fileName: string;
  makeBlob(): Blob | Promise<Blob>;
  className?: string;
}

/**
 * Why the file could not be made, in the UI's words: an API failure by its code; anything else
 * (the browser's canvas or SVG drawing) as one sentence, its own English text going to the console.
 */
function failureReason(error: unknown, t: Translate): string {
  if (error instanceof RequestError) return t(`error.${error.code}`);
  console.error(error);
  return t('export.failedInBrowser');
}

export function downloadButton(props: DownloadButtonProps): HTMLElement {
  const problem = h('span', { attrs: { class: 'export-error', role: 'alert', hidden: true } });
  const button = h('button', { attrs: { type: 'button', class: props.className ?? 'button' } }, props.label);
  button.addEventListener('click', async () => {
    problem.hidden = true;
    button.disabled = true;
    try {
      downloadBlob(await props.makeBlob(), props.fileName);
    } catch (error) {
      problem.textContent = props.t('export.failed', { message: failureReason(error, props.t) });
      problem.hidden = false;
    } finally {
      button.disabled = false;
    }
  });
  return h('span', { attrs: { class: 'download' } }, button, problem);
}
