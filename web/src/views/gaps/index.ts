/**
 * Layout gaps (布局空白) for a chain leader: heatmap of target vs competitors vs field per leaf
 * branch (families / share / RTA), verdicts with reasons, the ranked gap list, geographic gaps, and
 * the chain panorama coloured by the target's RTA.
 */
import { MAX_COMPETITORS } from '@graph-schema/dto/gaps';
import { h } from '@web/src/dom/h';
import { graphExportButtons } from '@web/src/graph/export-buttons';
import { explain } from '@web/src/i18n/explain';
import './gaps.css';
import { applicantSetPicker } from '@web/src/widgets/applicant-set-picker';
import { branchCrossLinks } from '@web/src/widgets/cross-links';
import { panoramaLegend } from '../chain-panorama/legend';
import { type PanoramaGraph, panoramaGraph } from '../chain-panorama/panorama-graph';
import { figureOf } from '../figure/frame';
import { flaggedName } from '../navigation/branch-precision';
import { chainPicker } from '../navigation/chain-picker';
import { fitButton, selectTool } from '../navigation/controls';
import { segmentKindLabel } from '../navigation/segment-kind';
import { mountSessionView, type ViewSession } from '../navigation/session';
import { notesList } from '../navigation/table';
import type { ViewContext, ViewInstance } from '../types';
import { openGapCell } from './cell-panel';
import { branchGapDetails, parentGapDetails } from './details';
import { gapHeatmap } from './heatmap';
import { heatmapLegend } from './legend';
import { type GapsData, loadGapsData } from './load-data';
import { GAP_METRICS, type GapMetric, gapMatrix } from './matrix-model';
import { type GapsParams, gapsParamsPatch, readGapsParams } from './params';
import { ratioInput } from './ratio-input';
import { gapList, geographyTable, recommendationList } from './tables';

const VIEW_ID = 'gaps';

interface Session extends ViewSession<GapsParams> {
  overlay?: PanoramaGraph | undefined;
}

function update(session: Session, patch: Partial<GapsParams>, reload: boolean): void {
  session.params = { ...session.params, ...patch };
  session.context.setViewParams(gapsParamsPatch(session.params));
  if (reload) session.reload();
}

function branchPanel(session: Session, data: GapsData, branchId: string): [string, HTMLElement] | undefined {
  const { context } = session;
  const title = (name: { zh: string | null; en: string | null }) => name[context.lang] ?? branchId;
  // Cross-links first, so "see this branch in core patents / technology route" sits at the top.
  const withLinks = (body: HTMLElement) => h('div', null, branchCrossLinks(context, branchId, 'gaps'), body);
  const branch = data.gaps.segments.flatMap((s) => s.branches).find((b) => b.id === branchId);
  if (branch) return [title(branch.name), withLinks(branchGapDetails(data.gaps, branch, context))];
  const parent = data.gaps.segments.flatMap((s) => s.parents ?? []).find((p) => p.id === branchId);
  return parent && [title(parent.name), withLinks(parentGapDetails(data.gaps, parent, context))];
}

function showBranch(session: Session, data: GapsData, branchId: string): boolean {
  const panel = branchPanel(session, data, branchId);
  if (!panel) return false;
  session.context.details.show(...panel);
  for (const row of session.host.querySelectorAll('.heat-row, .heat-parent')) {
    row.classList.toggle('selected', (row as HTMLElement).dataset.branchId === branchId);
  }
  return true;
}

function select(session: Session, data: GapsData, branchId: string): void {
  if (showBranch(session, data, branchId)) update(session, { selected: branchId }, false);
}

function toolbar(session: Session, data: GapsData): HTMLElement {
  const { context, params } = session;
  const { t } = context;
  const chosen = data.gaps.competitors.map((c) => c.key);
  return h(
    'div',
    { attrs: { class: 'toolbar', role: 'toolbar' } },
    chainPicker(data.chains, data.chain.id, context),
    applicantSetPicker({
      t,
      lang: context.lang,
      label: t('nav.gaps.target'),
      name: 'applicant',
      chosen: [data.gaps.applicant],
      max: 1,
      allowEmpty: false,
      onChange: ([applicant]) => update(session, { applicant, competitors: [], selected: undefined }, true),
    }),
    applicantSetPicker({
      t,
      lang: context.lang,
      label: t('nav.gaps.competitors'),
      name: 'competitors',
      chosen: data.gaps.competitors,
      max: MAX_COMPETITORS,
      summary: t('nav.gaps.competitorCount', { count: chosen.length, max: MAX_COMPETITORS }),
      allowEmpty: true,
      onChange: (competitors) => update(session, { competitors }, true),
    }),
    selectTool(
      t('nav.metric'),
      'metric',
      GAP_METRICS.map((m) => [m, t(`nav.metric.${m}`)] as const),
      params.metric,
      (metric) => {
        update(session, { metric: metric as GapMetric }, false);
        render(session, data);
      },
    ),
    ratioInput(t, params.ratio, (ratio) => update(session, { ratio }, true)),
  );
}

function overlaySection(session: Session, data: GapsData): HTMLElement {
  const { context } = session;
  const { t } = context;
  session.overlay?.destroy();
  session.overlay = panoramaGraph(data.panorama, {
    measure: 'rta',
    lang: context.lang,
    segmentKindLabel: segmentKindLabel(t),
    selectedBranch: session.params.selected,
    onSelectBranch: (branchId) => select(session, data, branchId),
    onClear: () => {
      context.details.clear();
      update(session, { selected: undefined }, false);
    },
    testId: 'gap-overlay',
  });
  const legend = panoramaLegend({
    measure: 'rta',
    max: 0,
    basisName: t(`basis.${data.panorama.dateBasis}`),
    applicantName: data.gaps.applicant.name,
    t,
    lang: context.lang,
  });
  return h(
    'section',
    { attrs: { class: 'panel' } },
    h(
      'div',
      { attrs: { class: 'panel-head' } },
      h('h2', null, t('nav.gaps.overlay', { name: data.gaps.applicant.name })),
      h(
        'span',
        { attrs: { class: 'tool-group' } },
        fitButton(t('map.fit'), () => session.overlay?.fit()),
        graphExportButtons(
          t,
          () => session.overlay!.cy(),
          `${VIEW_ID}-rta-${data.chain.id}`,
          figureOf(context, () => ({
            titleKey: 'view.gaps',
            subject: t('nav.gaps.overlay', { name: data.gaps.applicant.name }),
            basis: data.gaps.basis,
            legend,
          })),
        ),
      ),
    ),
    h('div', { attrs: { class: 'map-body' } }, session.overlay.element, legend),
  );
}

function render(session: Session, data: GapsData): void {
  const { context, host, params } = session;
  const matrix = gapMatrix(data.gaps, params.metric, context.lang);
  host.replaceChildren(
    toolbar(session, data),
    h(
      'p',
      { attrs: { class: 'totals' } },
      context.t('nav.gaps.summary', {
        name: data.gaps.applicant.name,
        own: data.gaps.applicant.families,
        field: data.gaps.fieldFamilies,
      }),
    ),
    h(
      'div',
      { attrs: { class: 'heatmap-body heatmap-body-stacked' } },
      gapHeatmap({
        gaps: data.gaps,
        matrix,
        t: context.t,
        lang: context.lang,
        onSelectBranch: (id) => select(session, data, id),
        // The cell's families under the branch's own details (verdicts, positions).
        onOpenCell: (branch, applicant) => {
          select(session, data, branch);
          const lead = () => branchPanel(session, data, branch)?.[1];
          void openGapCell({ chain: data.chain.id, branch, applicant }, context, lead);
        },
      }),
      heatmapLegend(data.gaps, matrix, context.t, context.lang),
    ),
    h(
      'div',
      // min(100%, …): below 480 px of room the tables stack instead of pushing the page wider.
      {
        attrs: {
          class: 'nav-tables',
          style: 'grid-template-columns:repeat(auto-fit,minmax(min(100%,480px),1fr))',
        },
      },
      ...[recommendationList, gapList, geographyTable].map((table) =>
        h('div', { attrs: { class: 'table-scroll-x', style: 'min-width:0' } }, table(data.gaps, context)),
      ),
    ),
    overlaySection(session, data),
    h('p', { attrs: { class: 'measure' } }, explain(data.gaps.growthNote, context.lang)),
    ...notesList(
      context.t('nav.rules'),
      data.gaps.rules.map((rule) => explain(rule, context.lang)),
    ),
  );
  session.overlay?.draw();
  if (params.selected && !showBranch(session, data, params.selected))
    update(session, { selected: undefined }, false);
}

export function mount(container: HTMLElement, context: ViewContext): ViewInstance {
  return mountSessionView<GapsParams, GapsData | undefined, Session>(container, context, {
    viewId: VIEW_ID,
    hostClass: 'nav-view',
    readParams: readGapsParams,
    load: (session, signal) =>
      loadGapsData(context.filters, session.params, signal, (name, id, precisions) =>
        flaggedName(name, id, precisions, context.t, context.lang),
      ),
    isEmpty: (data) => data === undefined,
    render: (session, data) => render(session, data!),
    release: (session) => {
      session.overlay?.destroy();
      session.overlay = undefined;
    },
    onDetailsClosed: (session) => {
      session.overlay?.clearSelection();
      update(session, { selected: undefined }, false);
    },
  });
}
