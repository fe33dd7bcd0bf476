/**
 * One pinned view in the report builder: title, link that reopens the exact state, a thumbnail of
 * the pinned figure, editable comment, move up/down, move to another chapter, remove (confirmed).
 */
import {
  type Pin,
  REPORT_CHAPTER_IDS,
  REPORT_CHAPTERS,
  type ReportChapterId,
} from '@graph-schema/dto/report';
import { editPin, type PinEdit, removePin } from '@web/src/api/reports';
import { h } from '@web/src/dom/h';
import type { Lang, Translate } from '@web/src/i18n';
import { dataVersionLabel } from '@web/src/i18n/data-version-label';
import { readableErrorLine } from '@web/src/widgets/status';
import { showToast } from '@web/src/widgets/toast';

export interface PinCardProps {
  t: Translate;
  lang: Lang;
  project: string;
  pin: Pin;
  /** The link that restores the pinned view (ViewContext.viewLink). */
  link: string;
  /** Patches for moving up/down (null where the pin cannot move that way) and to a chapter. */
  moveUp: PinEdit | null;
  moveDown: PinEdit | null;
  moveTo(chapter: ReportChapterId): PinEdit;
  /** Called after any change the server accepted: the builder reloads the pins. */
  changed(): void;
}

/** The pinned SVG as an <img> (data URL): it is shown, never inserted as live markup into the page. */
function thumbnail(svg: string | null, alt: string): HTMLElement | null {
  if (svg === null) return null;
  const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  return h('img', { attrs: { class: 'pin-thumb', src, alt, loading: 'lazy' } });
}

function button(label: string, action: string, onClick: (() => void) | null): HTMLButtonElement {
  return h(
    'button',
    {
      attrs: {
        type: 'button',
        class: 'button button-small',
        'data-action': action,
        disabled: onClick === null,
      },
      on: { click: () => onClick?.() },
    },
    label,
  );
}

export function pinCard(props: PinCardProps): HTMLElement {
  const { t, lang, pin } = props;
  const run = (request: Promise<unknown>, done?: string) =>
    request
      .then(() => {
        if (done) showToast(done);
        props.changed();
      })
      .catch((error: unknown) => showToast(readableErrorLine(error, t), 'error'));
  const patch = (edit: PinEdit | null) =>
    edit === null ? null : () => void run(editPin(props.project, pin.id, edit));
  const comment = h(
    'textarea',
    { attrs: { name: 'comment', rows: 2, 'aria-label': t('report.comment') } },
    pin.comment,
  );
  const chapters = h(
    'select',
    { attrs: { name: 'chapter', 'aria-label': t('report.moveTo') } },
    ...REPORT_CHAPTER_IDS.map((id) =>
      h('option', { attrs: { value: id, selected: id === pin.chapter } }, REPORT_CHAPTERS[id][lang]),
    ),
  );
  chapters.addEventListener(
    'change',
    () => void run(editPin(props.project, pin.id, props.moveTo(chapters.value as ReportChapterId))),
  );
  const remove = () => {
    if (window.confirm(t('report.removeConfirm', { title: pin.title })))
      void run(removePin(props.project, pin.id));
  };
  return h(
    'li',
    { attrs: { class: 'pin-card', 'data-pin': pin.id, 'data-view': pin.view } },
    thumbnail(pin.snapshot.svg, pin.title),
    h(
      'div',
      { attrs: { class: 'pin-body' } },
      h('a', { attrs: { class: 'pin-title', href: props.link, title: t('report.openView') } }, pin.title),
      h(
        'p',
        { attrs: { class: 'muted' } },
        t('report.pinnedOn', {
          date: pin.createdAt.slice(0, 10),
          data: dataVersionLabel(t, lang, pin.dataVersion),
        }),
      ),
      comment,
      h(
        'div',
        { attrs: { class: 'pin-actions' } },
        button(
          t('report.saveComment'),
          'save-comment',
          () =>
            void run(editPin(props.project, pin.id, { comment: comment.value }), t('report.commentSaved')),
        ),
        button(t('report.moveUp'), 'up', patch(props.moveUp)),
        button(t('report.moveDown'), 'down', patch(props.moveDown)),
        h('label', { attrs: { class: 'tool' } }, h('span', null, t('report.moveTo')), chapters),
        button(t('report.remove'), 'remove', remove),
      ),
    ),
  );
}
