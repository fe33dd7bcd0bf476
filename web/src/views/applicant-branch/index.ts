/**
 * Applicant–technology map of a chain (申请人-技术分支图): the top applicants and the leaf branches
 * they file in (GET /api/maps/applicant-branch), plus the chain's co-inventor teams and co-inventor
 * network (GET /api/landscape/inventors, /api/landscape/co-inventors).
 */

import type { CoInventorNetworkResponse } from '@graph-schema/dto/co-inventors';
import type { InventorsResponse } from '@graph-schema/dto/landscape-actors';
import type { MapData } from '@graph-schema/dto/map';
import {
  fetchApplicantBranchMap,
  fetchChains,
  fetchCoInventorNetwork,
  fetchInventors,
} from '@web/src/api/navigation';
import { h } from '@web/src/dom/h';
import { createGraph } from '@web/src/graph/create';
import { bindGraphEvents, clearFocus, selectNodeById } from '@web/src/graph/events';
import { graphExportButtons } from '@web/src/graph/export-buttons';
import { availableLayouts, chooseLayout, type LayoutContext, runLayout } from '@web/src/graph/layouts';
import { mapNotes } from '@web/src/graph/map-notes';
import { toElements } from '@web/src/graph/to-elements';
import { explain } from '@web/src/i18n/explain';
import type { Core } from 'cytoscape';
import { figureOf } from '../figure/frame';
import { nameIn } from '../navigation/bilingual';
import { loadBranchPrecisions, lowPrecisionMark } from '../navigation/branch-precision';
import { type ChainSummary, chooseChain } from '../navigation/chain-choice';
import { chainPicker } from '../navigation/chain-picker';
import { fitButton, selectTool } from '../navigation/controls';
import { mountSessionView, type ViewSession } from '../navigation/session';
import type { ViewContext, ViewInstance } from '../types';
import type { GraphSection } from './co-inventor-section';
import { applicantBranchDetails } from './details';
import { inventorsPanel } from './inventors-panel';
import { withBranchLabels } from './labels';
import { applicantBranchLegend } from './legend';
import {
  type ApplicantBranchParams,
  applicantBranchParamsPatch,
  readApplicantBranchParams,
  TOP_APPLICANT_CHOICES,
} from './params';

const VIEW_ID = 'applicant-branch';

interface Data {
  chains: ChainSummary[];
  chain: ChainSummary;
  map: MapData;
  inventors: InventorsResponse;
  network: CoInventorNetworkResponse;
}

interface Session extends ViewSession<ApplicantBranchParams> {
  cy?: Core | undefined;
  inventorsPanel?: GraphSection | undefined;
}

async function loadData(
  context: ViewContext,
  params: ApplicantBranchParams,
  signal: AbortSignal,
): Promise<Data | undefined> {
  const { chains } = await fetchChains(context.filters, signal);
  const chain = chooseChain(chains, context.filters.chain);
  if (!chain) return undefined;
  const inChain = { ...context.filters, chain: chain.id };
  const [map, inventors, network, precisions] = await Promise.all([
    fetchApplicantBranchMap(chain.id, params.topApplicants, context.filters, signal),
    fetchInventors(inChain, signal),
    fetchCoInventorNetwork(
      inChain,
      { top: params.inventorTop, minSharedFamilies: params.inventorMinShared },
      signal,
    ),
    loadBranchPrecisions(context.filters.project, chain.id),
  ]);
  // Branch nodes carry the open project's low-precision mark (branch-precision.ts).
  const nodes = map.nodes.map((node) =>
    node.kind === 'branch'
      ? { ...node, label: node.label + lowPrecisionMark(precisions.get(node.id.slice(2)), context.t) }
      : node,
  );
  return { chains, chain, map: { ...map, nodes }, inventors, network };
}

function update(session: Session, patch: Partial<ApplicantBranchParams>): void {
  session.params = { ...session.params, ...patch };
  session.context.setViewParams(applicantBranchParamsPatch(session.params));
}

function showNode(session: Session, map: MapData, nodeId: string): boolean {
  const body = applicantBranchDetails(map, nodeId, session.context);
  const node = map.nodes.find((n) => n.id === nodeId);
  if (!body || !node) return false;
  session.context.details.show(node.label, body);
  return true;
}

function toolbar(
  session: Session,
  data: Data,
  layoutContext: LayoutContext,
  legend: HTMLElement,
): HTMLElement {
  const { context, params } = session;
  const { t } = context;
  const layout = chooseLayout(params.layout, layoutContext);
  return h(
    'div',
    { attrs: { class: 'toolbar', role: 'toolbar' } },
    chainPicker(data.chains, data.chain.id, context),
    selectTool(
      t('map.applicants'),
      'topApplicants',
      TOP_APPLICANT_CHOICES.map((n) => [String(n), String(n)] as const),
      String(params.topApplicants),
      (n) => {
        update(session, { topApplicants: Number(n), selected: undefined });
        session.reload();
      },
    ),
    selectTool(
      t('map.layout'),
      'layout',
      availableLayouts(layoutContext).map((l) => [l.id, t(l.labelKey)] as const),
      layout.id,
      (id) => {
        update(session, { layout: id });
        if (session.cy) runLayout(session.cy, chooseLayout(id, layoutContext), layoutContext);
      },
    ),
    fitButton(t('map.fit'), () => session.cy?.fit(undefined, 30)),
    graphExportButtons(
      t,
      () => session.cy!,
      `${VIEW_ID}-${data.chain.id}`,
      figureOf(context, () => ({
        titleKey: 'view.applicant-branch',
        subject: nameIn(data.chain.name, context.lang, data.chain.id),
        basis: data.map.measure,
        legend,
      })),
    ),
  );
}

function drawMap(session: Session, graphHost: HTMLElement, map: MapData, layoutContext: LayoutContext): void {
  const { context, params } = session;
  const cy = createGraph(graphHost, toElements(withBranchLabels(map, context.lang)).elements);
  runLayout(cy, chooseLayout(params.layout, layoutContext), layoutContext);
  bindGraphEvents(cy, {
    onSelectNode: (nodeId) => {
      if (!showNode(session, map, nodeId)) return;
      session.inventorsPanel?.clearFocus();
      update(session, { selected: nodeId });
    },
    onClearSelection: () => {
      context.details.clear();
      update(session, { selected: undefined });
    },
  });
  if (params.selected && selectNodeById(cy, params.selected)) showNode(session, map, params.selected);
  session.cy = cy;
}

function render(session: Session, data: Data): void {
  const { context, host } = session;
  const { t, lang } = context;
  const layoutContext: LayoutContext = { hasPositions: false, nodeCount: data.map.nodes.length };
  const graphHost = h('div', { attrs: { class: 'graph', 'data-testid': 'applicant-branch-graph' } });
  session.cy?.destroy();
  session.inventorsPanel?.destroy();
  session.inventorsPanel = inventorsPanel({
    inventors: data.inventors,
    network: data.network,
    chain: data.chain.id,
    params: session.params,
    context,
    onRedraw: (patch) => {
      update(session, patch);
      render(session, data);
    },
    onReload: (patch) => {
      update(session, patch);
      session.reload();
    },
    onSelectInventor: (nodeId) => {
      if (nodeId && session.cy) clearFocus(session.cy);
      update(session, { selected: nodeId });
    },
  });
  const legend = applicantBranchLegend(t, t(`basis.${context.filters.dateBasis}`));
  host.replaceChildren(
    toolbar(session, data, layoutContext, legend),
    h('div', { attrs: { class: 'map-body' } }, graphHost, legend),
    h(
      'div',
      { attrs: { class: 'captions' } },
      h('p', { attrs: { class: 'measure' } }, explain(data.map.measure, lang)),
      mapNotes(data.map, layoutContext, t, lang),
    ),
    session.inventorsPanel.element,
  );
  if (data.map.nodes.length > 0) drawMap(session, graphHost, data.map, layoutContext);
  else graphHost.replaceChildren(h('p', { attrs: { class: 'status' } }, t('status.empty')));
  session.inventorsPanel.draw();
}

export function mount(container: HTMLElement, context: ViewContext): ViewInstance {
  return mountSessionView<ApplicantBranchParams, Data | undefined, Session>(container, context, {
    viewId: VIEW_ID,
    hostClass: 'map-view nav-view',
    readParams: readApplicantBranchParams,
    load: (session, signal) => loadData(context, session.params, signal),
    isEmpty: (data) => data === undefined,
    render: (session, data) => render(session, data!),
    release: (session) => {
      session.cy?.destroy();
      session.inventorsPanel?.destroy();
      session.cy = undefined;
    },
    onDetailsClosed: (session) => {
      if (session.cy) clearFocus(session.cy);
      session.inventorsPanel?.clearFocus();
      update(session, { selected: undefined });
    },
  });
}
