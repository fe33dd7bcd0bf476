/**
 * The "add to report" dialog: chapter (default from the view, views/registry.ts `pinChapter`) and
 * comment; on submit it captures the view (framed figure SVG as the SVG download makes it, the
 * visible table, the URL state, the data version) and POSTs a PinInput to the project's pins.
 */
import type { Project } from '@graph-schema/dto/project';
import {
  type PinInput,
  REPORT_CHAPTER_IDS,
  REPORT_CHAPTERS,
  type ReportChapterId,
} from '@graph-schema/dto/report';
import { fetchHealth } from '../api/health';
import { createPin, isMissingApi } from '../api/reports';
import { h } from '../dom/h';
import { figureSvgIn } from '../graph/figure-source';
import type { Lang, Translate } from '../i18n';
import type { ViewDefinition } from '../views/types';
import { readableErrorLine } from '../widgets/status';
import { showToast } from '../widgets/toast';
import { visibleTable } from './table-snapshot';

export interface PinTarget {
  t: Translate;
  lang: Lang;
  project: Project;
  view: ViewDefinition;
  viewHost: HTMLElement;
  /** The page's query string without `?`: restores the view exactly. */
  state: string;
}

async function dataVersion(): Promise<string> {
  try {
    return (await fetchHealth()).data?.version ?? '';
  } catch {
    // The pin is still worth keeping; the report says the version is unknown.
    return '';
  }
}

/** The view title, and the view's own heading when it names more (a chain, a team …). */
function pinTitle(target: PinTarget): string {
  const title = target.t(target.view.titleKey);
  const heading = target.viewHost.querySelector('h1, h2')?.textContent?.trim();
  return heading && heading !== title ? `${title} — ${heading}`.slice(0, 300) : title;
}

async function pinInput(target: PinTarget, chapter: ReportChapterId, comment: string): Promise<PinInput> {
  const [svg, version] = await Promise.all([figureSvgIn(target.viewHost), dataVersion()]);
  return {
    view: target.view.id,
    state: target.state.slice(0, 4000),
    title: pinTitle(target),
    dataVersion: version,
    comment,
    chapter,
    snapshot: { svg, table: visibleTable(target.viewHost) },
  };
}

function chapterSelect(lang: Lang, selected: ReportChapterId): HTMLSelectElement {
  return h(
    'select',
    { attrs: { name: 'chapter' } },
    ...REPORT_CHAPTER_IDS.map((id) =>
      h('option', { attrs: { value: id, selected: id === selected } }, REPORT_CHAPTERS[id][lang]),
    ),
  );
}

export function openPinDialog(target: PinTarget): void {
  const { t, lang } = target;
  const chapter = chapterSelect(lang, target.view.pinChapter ?? 'appendices');
  const comment = h('textarea', { attrs: { name: 'comment', rows: 4, placeholder: t('pin.commentHint') } });
  const status = h('p', { attrs: { class: 'dialog-status', 'aria-live': 'polite' } });
  const submit = h('button', { attrs: { type: 'submit', class: 'button button-primary' } }, t('pin.submit'));
  const dialog = h('dialog', { attrs: { class: 'dialog pin-dialog', 'aria-label': t('pin.add') } });
  const close = () => {
    dialog.close();
    dialog.remove();
  };
  const form = h(
    'form',
    { attrs: { method: 'dialog' } },
    h('h2', null, t('pin.dialogTitle', { project: target.project.definition.name })),
    h('label', { attrs: { class: 'field' } }, h('span', null, t('pin.chapter')), chapter),
    h('label', { attrs: { class: 'field' } }, h('span', null, t('pin.comment')), comment),
    status,
    h(
      'div',
      { attrs: { class: 'dialog-actions' } },
      h('button', { attrs: { type: 'button', class: 'button' }, on: { click: close } }, t('pin.cancel')),
      submit,
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit.disabled = true;
    status.textContent = t('pin.capturing');
    void send(target, chapter.value as ReportChapterId, comment.value)
      .then(close)
      .catch((error: unknown) => {
        submit.disabled = false;
        status.textContent = isMissingApi(error) ? t('pin.unavailable') : readableErrorLine(error, t);
      });
  });
  dialog.append(form);
  document.body.append(dialog);
  dialog.showModal();
}

async function send(target: PinTarget, chapter: ReportChapterId, comment: string): Promise<void> {
  const input = await pinInput(target, chapter, comment);
  await createPin(target.project.id, input);
  showToast(target.t('pin.done', { chapter: REPORT_CHAPTERS[chapter][target.lang] }));
}
