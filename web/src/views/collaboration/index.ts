/**
 * Co-applicant network (合作申请网络): applicants that file together, coloured by sector
 * (enterprise, university, research institute …), linked by their joint families, with the scope's
 * co-filing share and sector pairs (产学研) beside it. GET /api/maps/co-applicants.
 */

import type { CoApplicantResponse } from '@graph-schema/dto/collaboration';
import { fetchCoApplicantMap } from '@web/src/api/collaboration';
import { h } from '@web/src/dom/h';
import { createGraph } from '@web/src/graph/create';
import { bindGraphEvents, clearFocus, selectNodeById } from '@web/src/graph/events';
import { graphExportButtons } from '@web/src/graph/export-buttons';
import type { FigureFrame } from '@web/src/graph/figure-frame';
import { availableLayouts, chooseLayout, type LayoutContext, runLayout } from '@web/src/graph/layouts';
import { mapNotes } from '@web/src/graph/map-notes';
import { toElements } from '@web/src/graph/to-elements';
import { explain } from '@web/src/i18n/explain';
import type { Core } from 'cytoscape';
import { figureOf } from '../figure/frame';
import { fitButton, selectTool } from '../navigation/controls';
import { mountSessionView, type ViewSession } from '../navigation/session';
import type { ViewContext, ViewInstance } from '../types';
import { collaboratorDetails } from './details';
import { collaborationLegend, collaborationSummary } from './panels';
import {
  type CollaborationParams,
  collaborationParamsPatch,
  MIN_FAMILY_CHOICES,
  readCollaborationParams,
  TOP_APPLICANT_CHOICES,
} from './params';
import { colourBySector, sectorOf } from './sectors';

const VIEW_ID = 'collaboration';

interface Session extends ViewSession<CollaborationParams> {
  cy?: Core | undefined;
}

function update(session: Session, patch: Partial<CollaborationParams>): void {
  session.params = { ...session.params, ...patch };
  session.context.setViewParams(collaborationParamsPatch(session.params));
}

function showNode(session: Session, data: CoApplicantResponse, nodeId: string): boolean {
  const { t, lang, details } = session.context;
  const body = collaboratorDetails(data.map, nodeId, t, lang);
  const node = data.map.nodes.find((n) => n.id === nodeId);
  if (!body || !node) return false;
  details.show(node.label, body);
  return true;
}

function numberChoices(values: readonly number[]) {
  return values.map((n) => [String(n), String(n)] as const);
}

function toolbar(
  session: Session,
  layoutContext: LayoutContext,
  frame: () => Promise<FigureFrame>,
): HTMLElement {
  const { context, params } = session;
  const { t } = context;
  const reloadWith = (patch: Partial<CollaborationParams>) => {
    update(session, { ...patch, selected: undefined });
    session.reload();
  };
  return h(
    'div',
    { attrs: { class: 'toolbar', role: 'toolbar' } },
    selectTool(
      t('map.layout'),
      'layout',
      availableLayouts(layoutContext).map((l) => [l.id, t(l.labelKey)] as const),
      chooseLayout(params.layout, layoutContext).id,
      (id) => {
        update(session, { layout: id });
        if (session.cy) runLayout(session.cy, chooseLayout(id, layoutContext), layoutContext);
      },
    ),
    selectTool(
      t('map.applicants'),
      'topApplicants',
      numberChoices(TOP_APPLICANT_CHOICES),
      String(params.topApplicants),
      (n) => reloadWith({ topApplicants: Number(n) }),
    ),
    selectTool(
      t('collab.minFamilies'),
      'minFamilies',
      numberChoices(MIN_FAMILY_CHOICES),
      String(params.minFamilies),
      (n) => reloadWith({ minFamilies: Number(n) }),
    ),
    fitButton(t('map.fit'), () => session.cy?.fit(undefined, 30)),
    graphExportButtons(t, () => session.cy!, VIEW_ID, frame),
  );
}

function drawMap(
  session: Session,
  graphHost: HTMLElement,
  data: CoApplicantResponse,
  layoutContext: LayoutContext,
): void {
  const { context, params } = session;
  const sectors = new Map(data.map.nodes.map((node) => [node.id, sectorOf(node.details.sector)]));
  const cy = createGraph(graphHost, colourBySector(toElements(data.map).elements, sectors));
  runLayout(cy, chooseLayout(params.layout, layoutContext), layoutContext);
  bindGraphEvents(cy, {
    onSelectNode: (nodeId) => {
      if (showNode(session, data, nodeId)) update(session, { selected: nodeId });
    },
    onClearSelection: () => {
      context.details.clear();
      update(session, { selected: undefined });
    },
  });
  if (params.selected && selectNodeById(cy, params.selected)) showNode(session, data, params.selected);
  session.cy = cy;
}

function render(session: Session, data: CoApplicantResponse): void {
  const { context, host } = session;
  const { t, lang } = context;
  const layoutContext: LayoutContext = {
    hasPositions: false,
    nodeCount: data.map.nodes.length,
    compact: true,
  };
  const graphHost = h('div', { attrs: { class: 'graph', 'data-testid': 'graph' } });
  session.cy?.destroy();
  const summary = t('map.summary', {
    nodes: data.map.nodes.length.toLocaleString(lang),
    edges: data.map.edges.length.toLocaleString(lang),
  });
  const legend = collaborationLegend(t, t(`basis.${context.filters.dateBasis}`));
  const frame = figureOf(context, () => ({
    titleKey: 'view.collaboration',
    basis: data.map.measure,
    legend,
  }));
  host.replaceChildren(
    toolbar(session, layoutContext, frame),
    h('div', { attrs: { class: 'map-body' } }, graphHost, legend),
    h(
      'div',
      { attrs: { class: 'captions' } },
      h('p', { attrs: { class: 'measure' } }, explain(data.map.measure, lang), ' · ', summary),
      mapNotes(data.map, layoutContext, t, lang),
    ),
    collaborationSummary(data.summary, t, lang),
  );
  if (data.map.nodes.length > 0) drawMap(session, graphHost, data, layoutContext);
  else graphHost.replaceChildren(h('p', { attrs: { class: 'status' } }, t('collab.none')));
}

export function mount(container: HTMLElement, context: ViewContext): ViewInstance {
  return mountSessionView<CollaborationParams, CoApplicantResponse, Session>(container, context, {
    viewId: VIEW_ID,
    hostClass: 'map-view nav-view',
    readParams: readCollaborationParams,
    load: (session, signal) => {
      const { topApplicants, minFamilies } = session.params;
      return fetchCoApplicantMap(context.filters, { topApplicants, minFamilies }, signal);
    },
    // An empty network still has a summary worth showing (the share is the finding).
    isEmpty: (data) => data.summary.families === 0,
    render,
    release: (session) => {
      session.cy?.destroy();
      session.cy = undefined;
    },
    onDetailsClosed: (session) => {
      if (session.cy) clearFocus(session.cy);
      update(session, { selected: undefined });
    },
  });
}
