/**
 * The report builder: the open project's pins under the GB/T 39551 chapters (every chapter listed,
 * empty ones say so), each pin editable and movable, and report generation with its jobs.
 */
import { REPORT_CHAPTERS } from '@graph-schema/dto/report';
import { fetchPins, isMissingApi } from '@web/src/api/reports';
import { h } from '@web/src/dom/h';
import { errorState, loadingState } from '@web/src/widgets/status';
import type { ViewContext, ViewInstance } from '../types';
import { generatePanel } from './generate';
import { pinCard } from './pin-card';
import { type ChapterPins, chapterPatch, movePatch, pinsByChapter } from './pin-order';

function chapterSection(
  context: ViewContext,
  project: string,
  groups: ChapterPins[],
  group: ChapterPins,
  number: number,
  reload: () => void,
) {
  const { t, lang } = context;
  const cards = group.pins.map((pin) =>
    pinCard({
      t,
      lang,
      project,
      pin,
      link: context.viewLink(pin.state),
      moveUp: movePatch(group, pin.id, -1),
      moveDown: movePatch(group, pin.id, 1),
      moveTo: (chapter) => chapterPatch(groups, chapter),
      changed: reload,
    }),
  );
  return h(
    'section',
    { attrs: { class: 'report-chapter', 'data-chapter': group.chapter } },
    h('h3', null, `${number}. ${REPORT_CHAPTERS[group.chapter][lang]}`),
    cards.length === 0
      ? h('p', { attrs: { class: 'muted empty-chapter' } }, t('report.emptyChapter'))
      : h('ol', { attrs: { class: 'pin-list' } }, ...cards),
  );
}

export function mount(container: HTMLElement, context: ViewContext): ViewInstance {
  const { t, signal, project } = context;
  const heading = h(
    'div',
    { attrs: { class: 'view-heading' } },
    h('h1', null, t('view.report')),
    project && h('span', { attrs: { class: 'muted' } }, project.definition.name),
  );
  if (project === undefined) {
    container.replaceChildren(
      heading,
      h('p', { attrs: { class: 'status status-empty' } }, t('report.noProject')),
    );
    return { destroy: () => container.replaceChildren() };
  }
  const chaptersHost = h('div', { attrs: { class: 'report-chapters', 'aria-label': t('report.chapters') } });
  const reload = () => {
    chaptersHost.replaceChildren(loadingState(t));
    fetchPins(project.id, signal)
      .then((pins) => {
        const groups = pinsByChapter(pins);
        chaptersHost.replaceChildren(
          ...groups.map((group, i) => chapterSection(context, project.id, groups, group, i + 1, reload)),
        );
      })
      .catch((error: unknown) => {
        if (signal.aborted) return;
        if (!isMissingApi(error)) {
          chaptersHost.replaceChildren(errorState(error, t, reload));
          return;
        }
        // Without the pins API the chapters are still listed (all empty), under a notice saying why.
        const groups = pinsByChapter([]);
        chaptersHost.replaceChildren(
          h('p', { attrs: { class: 'notice' } }, t('report.pinsUnavailable')),
          ...groups.map((group, i) => chapterSection(context, project.id, groups, group, i + 1, reload)),
        );
      });
  };
  container.replaceChildren(
    h(
      'div',
      { attrs: { class: 'report-view' } },
      heading,
      h(
        'div',
        { attrs: { class: 'report-layout' } },
        chaptersHost,
        generatePanel({ t, lang: context.lang, project: project.id, signal }),
      ),
    ),
  );
  reload();
  return { destroy: () => container.replaceChildren() };
}
