/**
 * Industry chain panorama (产业链全景): chain → segments (上游 → 中游 → 下游, columns) → branch trees,
 * node size = families, colour = the chosen measure, weak links outlined; a click on a branch opens
 * its trend, top applicants and patents in the details panel.
 */

import { h } from '@web/src/dom/h';
import { graphExportButtons } from '@web/src/graph/export-buttons';
import { explain } from '@web/src/i18n/explain';
import { branchCrossLinks } from '@web/src/widgets/cross-links';
import { emptyState } from '@web/src/widgets/status';
import { figureOf } from '../figure/frame';
import { nameIn } from '../navigation/bilingual';
import { chainPicker } from '../navigation/chain-picker';
import { fitButton, selectTool } from '../navigation/controls';
import { segmentKindLabel } from '../navigation/segment-kind';
import { mountSessionView, type ViewSession } from '../navigation/session';
import { notesList } from '../navigation/table';
import type { ViewContext, ViewInstance } from '../types';
import { branchDrilldown } from './drilldown';
import { panoramaLegend } from './legend';
import { loadPanoramaData, type PanoramaData } from './load-data';
import { measureMax, PANORAMA_MEASURES, type PanoramaMeasure } from './measure';
import { type PanoramaGraph, panoramaGraph } from './panorama-graph';
import { type PanoramaParams, panoramaParamsPatch, readPanoramaParams } from './params';
import { branchTable, weakLinkTable } from './tables';

const VIEW_ID = 'chain-panorama';

interface Session extends ViewSession<PanoramaParams> {
  graph?: PanoramaGraph | undefined;
}

function update(session: Session, patch: Partial<PanoramaParams>): void {
  session.params = { ...session.params, ...patch };
  session.context.setViewParams(panoramaParamsPatch(session.params));
}

function showBranch(session: Session, data: PanoramaData, branchId: string): boolean {
  const branch = data.panorama.segments.flatMap((s) => s.branches).find((b) => b.id === branchId);
  if (!branch) return false;
  const { context } = session;
  context.details.show(
    branch.name[context.lang] ?? branch.localId,
    h(
      'div',
      null,
      branchCrossLinks(context, branch.id, undefined),
      branchDrilldown(data.panorama, branch, context),
    ),
  );
  return true;
}

function toolbar(session: Session, data: PanoramaData): HTMLElement {
  const { context, params } = session;
  const { t } = context;
  const applicantChoices = [
    ['', t('nav.noApplicant')] as const,
    ...data.applicants.ranking.map((a) => [a.key, a.name] as const),
  ];
  return h(
    'div',
    { attrs: { class: 'toolbar', role: 'toolbar' } },
    chainPicker(data.chains, data.chain.id, context),
    selectTool(
      t('nav.colourBy'),
      'measure',
      PANORAMA_MEASURES.map((m) => [m, t(`nav.measure.${m}`)] as const),
      params.measure,
      (measure) => {
        update(session, { measure: measure as PanoramaMeasure });
        session.reload();
      },
    ),
    selectTool(t('nav.applicant'), 'applicant', applicantChoices, data.applicant ?? '', (key) => {
      update(session, { applicant: key || undefined });
      session.reload();
    }),
    fitButton(t('map.fit'), () => session.graph?.fit()),
    graphExportButtons(
      t,
      () => session.graph!.cy(),
      `${VIEW_ID}-${data.chain.id}`,
      figureOf(context, () => ({
        titleKey: 'view.chain-panorama',
        subject: nameIn(data.chain.name, context.lang, data.chain.id),
        basis: data.panorama.basis,
        // The legend is drawn with the map below this toolbar and redrawn with it.
        legend: session.host.querySelector('.map-body > .legend'),
      })),
    ),
  );
}

function mapSection(session: Session, data: PanoramaData): HTMLElement {
  const { context, params } = session;
  const applicantName = data.applicants.ranking.find((a) => a.key === data.applicant)?.name ?? data.applicant;
  session.graph = panoramaGraph(data.panorama, {
    measure: params.measure,
    lang: context.lang,
    segmentKindLabel: segmentKindLabel(context.t),
    selectedBranch: params.selected,
    onSelectBranch: (branchId) => {
      if (showBranch(session, data, branchId)) update(session, { selected: branchId });
    },
    onClear: () => {
      context.details.clear();
      update(session, { selected: undefined });
    },
  });
  const legend = panoramaLegend({
    measure: params.measure,
    max: measureMax(
      data.panorama.segments.flatMap((s) => s.branches),
      params.measure,
    ),
    basisName: context.t(`basis.${data.panorama.dateBasis}`),
    applicantName,
    t: context.t,
    lang: context.lang,
  });
  return h('div', { attrs: { class: 'map-body' } }, session.graph.element, legend);
}

function render(session: Session, data: PanoramaData): void {
  const { context, host } = session;
  const { panorama } = data;
  if (panorama.families === 0) {
    host.replaceChildren(toolbar(session, data), emptyState(context.t));
    return;
  }
  host.replaceChildren(
    toolbar(session, data),
    mapSection(session, data),
    h(
      'div',
      { attrs: { class: 'captions' } },
      h('p', { attrs: { class: 'measure' } }, explain(panorama.basis, context.lang)),
      h('p', { attrs: { class: 'measure' } }, explain(panorama.growthNote, context.lang)),
    ),
    h(
      'div',
      { attrs: { class: 'nav-tables' } },
      weakLinkTable(panorama, context),
      branchTable(panorama, context),
    ),
    ...notesList(
      context.t('nav.rules'),
      panorama.rules.map((rule) => explain(rule, context.lang)),
    ),
  );
  session.graph?.draw();
  const selected = session.params.selected;
  if (selected && !showBranch(session, data, selected)) update(session, { selected: undefined });
}

export function mount(container: HTMLElement, context: ViewContext): ViewInstance {
  return mountSessionView<PanoramaParams, PanoramaData | undefined, Session>(container, context, {
    viewId: VIEW_ID,
    hostClass: 'map-view nav-view',
    readParams: readPanoramaParams,
    load: (session, signal) => loadPanoramaData({ filters: context.filters, ...session.params }, signal),
    isEmpty: (data) => data === undefined,
    render: (session, data) => render(session, data!),
    release: (session) => {
      session.graph?.destroy();
      session.graph = undefined;
    },
    onDetailsClosed: (session) => {
      session.graph?.clearSelection();
      update(session, { selected: undefined });
    },
  });
}
