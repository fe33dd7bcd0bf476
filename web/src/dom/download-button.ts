/**
 * A button that builds a file and downloads it. Building may be asynchronous (a lazily loaded
 * exporter); a failure is shown next to the button instead of disappearing into the console.
 */
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

export function downloadButton(props: DownloadButtonProps): HTMLElement {
  const problem = h('span', { attrs: { class: 'export-error', role: 'alert', hidden: true } });
  const button = h('button', { attrs: { type: 'button', class: props.className ?? 'button' } }, props.label);
  button.addEventListener('click', async () => {
    problem.hidden = true;
    button.disabled = true;
    try {
      downloadBlob(await props.makeBlob(), props.fileName);
    } catch (error) {
      problem.textContent = props.t('export.failed', {
        message: error instanceof Error ? error.message : String(error),
      });
      problem.hidden = false;
    } finally {
      button.disabled = false;
    }
  });
  return h('span', { attrs: { class: 'download' } }, button, problem);
}
