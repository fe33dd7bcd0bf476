/**
 * The row under the header while working in a project: the project switcher, links to the project
 * list and the report builder, and the "add to report" button of the current view (one widget for
 * every map, chart and table view; disabled with a reason when no project is open).
 */
import type { Project } from '@graph-schema/dto/project';
import { fetchProjects } from '../api/projects';
import { h } from '../dom/h';
import type { Translate } from '../i18n';
import type { ViewDefinition } from '../views/types';

export interface ProjectRef {
  id: string;
  name: string;
}

export interface ProjectBarProps {
  t: Translate;
  project: Project | undefined;
  view: ViewDefinition;
  /** Offered when no project is open: the last one used on this browser. */
  resume: ProjectRef | undefined;
  onOpen(id: string | undefined): void;
  onView(id: string): void;
  onPin(): void;
}

function switcher(props: ProjectBarProps): HTMLElement {
  const none = h('option', { attrs: { value: '' } }, props.t('project.none'));
  const current = props.project;
  const select = h(
    'select',
    {
      attrs: { name: 'project', 'aria-label': props.t('project.label') },
      on: { change: () => props.onOpen(select.value === '' ? undefined : select.value) },
    },
    none,
    current && h('option', { attrs: { value: current.id, selected: true } }, current.definition.name),
  );
  // The list fills in when it arrives; the open project is there from the start.
  fetchProjects()
    .then((projects) => {
      const options = projects
        .filter((summary) => summary.id !== current?.id)
        .map((summary) => h('option', { attrs: { value: summary.id } }, summary.name));
      select.append(...options);
    })
    .catch(() => undefined);
  return h(
    'label',
    { attrs: { class: 'tool project-switcher' } },
    h('span', null, props.t('project.label')),
    select,
  );
}

function pinButton(props: ProjectBarProps): HTMLElement | null {
  if (props.view.pinChapter === undefined) return null;
  const open = props.project !== undefined;
  return h(
    'button',
    {
      attrs: {
        type: 'button',
        class: 'button button-primary pin-button',
        disabled: !open,
        title: open ? props.t('pin.add') : props.t('pin.needsProject'),
      },
      on: { click: () => props.onPin() },
    },
    props.t('pin.add'),
  );
}

function resumeOffer(props: ProjectBarProps): HTMLElement | null {
  const last = props.resume;
  if (props.project !== undefined || last === undefined) return null;
  return h(
    'span',
    { attrs: { class: 'project-resume' } },
    props.t('project.resume', { name: last.name }),
    ' ',
    h(
      'button',
      { attrs: { type: 'button', class: 'button' }, on: { click: () => props.onOpen(last.id) } },
      props.t('project.resumeOpen'),
    ),
  );
}

function viewLink(props: ProjectBarProps, id: string, label: string): HTMLElement {
  return h(
    'a',
    {
      attrs: {
        href: `?view=${id}`,
        class: 'project-link',
        'aria-current': props.view.id === id ? 'page' : undefined,
      },
      on: {
        click: (event) => {
          event.preventDefault();
          props.onView(id);
        },
      },
    },
    label,
  );
}

export function createProjectBar(props: ProjectBarProps): HTMLElement {
  // A pin is only offered while a pin-able view shows; the wrapper keeps the bar's layout stable.
  const pin = pinButton(props);
  return h(
    'div',
    { attrs: { class: 'project-bar' } },
    switcher(props),
    viewLink(props, 'projects', props.t('project.manage')),
    viewLink(props, 'report', props.t('project.report')),
    // Curation (issue 13) sits with the project workflow, not among the analyses of the top navigation.
    viewLink(props, 'branch-review', props.t('navLabel.branch-review')),
    viewLink(props, 'applicant-curation', props.t('view.applicant-curation')),
    resumeOffer(props),
    h('span', { attrs: { class: 'project-bar-end' } }, pin),
  );
}
