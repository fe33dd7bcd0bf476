/**
 * Co-inventor teams (GET /api/landscape/inventors in the chain): the team list with its download,
 * and a small network of the chosen team (members around the main applicant).
 */

import type { InventorsResponse } from '@graph-schema/dto/landscape-actors';
import { h } from '@web/src/dom/h';
import { createGraph } from '@web/src/graph/create';
import { graphExportButtons } from '@web/src/graph/export-buttons';
import { explain } from '@web/src/i18n/explain';
import type { Core } from 'cytoscape';
import { figureOf } from '../figure/frame';
import { dataTable } from '../navigation/table';
import type { ViewContext } from '../types';
import type { GraphSection } from './co-inventor-section';
import { teamElements } from './team-elements';

export function teamTable(data: InventorsResponse, chain: string, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  return dataTable({
    title: t('nav.teams.title', { count: data.teams.length }),
    columns: [
      { label: t('landscape.rank'), kind: 'int' },
      { label: t('nav.teams.size'), kind: 'int' },
      { label: t('nav.teams.members') },
      { label: t('nav.teams.shared'), kind: 'int' },
      { label: t('nav.teams.mainApplicant') },
    ],
    rows: data.teams.map((team, i) => [
      i + 1,
      team.size,
      team.members.map((m) => `${m.name} (${m.families})`).join(', '),
      team.sharedFamilies,
      team.mainApplicant?.name ?? '',
    ]),
    what: `inventor-teams-${chain}`,
    t,
    lang,
    note: explain(data.teamRule, lang),
    testId: 'team-list',
  });
}

/** The chosen team's membership drawn around its main applicant; `modeTool` switches to the network. */
export function teamSection(
  data: InventorsResponse,
  chain: string,
  rank: number,
  context: ViewContext,
  modeTool: HTMLElement,
  onTeam: (rank: number) => void,
): GraphSection {
  const { t } = context;
  const index = Math.min(rank, data.teams.length) - 1;
  const team = data.teams[index];
  const graphHost = h('div', { attrs: { class: 'graph graph-small', 'data-testid': 'team-graph' } });
  let cy: Core | undefined;
  const picker = h(
    'select',
    {
      attrs: { name: 'team' },
      on: { change: (event) => onTeam(Number((event.target as HTMLSelectElement).value)) },
    },
    ...data.teams.map((_, i) =>
      h('option', { attrs: { value: i + 1, selected: i === index } }, t('nav.teams.team', { rank: i + 1 })),
    ),
  );
  const head = h(
    'div',
    { attrs: { class: 'panel-head' } },
    h('h2', null, t('nav.teams.network')),
    h(
      'span',
      { attrs: { class: 'tool-group' } },
      modeTool,
      team && h('label', { attrs: { class: 'tool' } }, h('span', null, t('nav.teams.show')), picker),
      graphExportButtons(
        t,
        () => cy!,
        `inventor-team-${chain}`,
        figureOf(context, () => ({
          titleKey: 'nav.teams.network',
          subject: team ? t('nav.teams.team', { rank: index + 1 }) : chain,
          basis: data.basis,
          legend: null,
        })),
      ),
    ),
  );
  return {
    element: h(
      'section',
      { attrs: { class: 'panel' } },
      head,
      team ? graphHost : h('p', { attrs: { class: 'muted' } }, t('nav.teams.none')),
      team && h('p', { attrs: { class: 'muted' } }, t('nav.teams.networkNote')),
    ),
    draw: () => {
      if (!team) return;
      cy = createGraph(graphHost, teamElements(team, t('nav.teams.team', { rank: index + 1 })));
      cy.layout({ name: 'concentric', fit: true, padding: 30, animate: false, minNodeSpacing: 30 }).run();
    },
    destroy: () => cy?.destroy(),
    // Team nodes are not selectable into the details panel: nothing to clear.
    clearFocus: () => undefined,
  };
}
