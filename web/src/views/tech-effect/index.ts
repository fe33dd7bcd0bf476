/**
 * Technology–effect matrix (技术功效矩阵): branches × effects, cell = families; white-space candidates
 * marked by kind (white space / apparent gap / saturated) with reasons and example patents on click.
 * The API's notes are shown as they are: the ratios are indicative, not estimates.
 */
import type { EffectDictionaryResponse } from '@graph-schema/dto/effect-dictionary';
import type { TechEffectResponse } from '@graph-schema/dto/tech-effect';
import { fetchEffectDictionary } from '@web/src/api/effect-dictionary';
import { fetchChains, fetchTechEffect } from '@web/src/api/navigation';
import { h } from '@web/src/dom/h';
import { explain } from '@web/src/i18n/explain';
import { branchCrossLinks } from '@web/src/widgets/cross-links';
import { emptyState } from '@web/src/widgets/status';
import { flaggedName, loadBranchPrecisions } from '../navigation/branch-precision';
import { type ChainSummary, chooseChain } from '../navigation/chain-choice';
import { chainPicker } from '../navigation/chain-picker';
import { selectTool } from '../navigation/controls';
import { mountSessionView, type ViewSession } from '../navigation/session';
import { notesList } from '../navigation/table';
import type { ViewContext, ViewInstance } from '../types';
import { cellDetails, cellTitle } from './details';
import { dictionaryPanel } from './dictionary-panel';
import { handTagSection } from './hand-tags';
import { techEffectLegend } from './legend';
import { techEffectMatrix } from './matrix-model';
import { matrixTable } from './matrix-table';
import {
  ROW_LEVELS,
  type RowLevel,
  readTechEffectParams,
  type TechEffectParams,
  techEffectParamsPatch,
} from './params';
import { candidateTable } from './tables';

const VIEW_ID = 'tech-effect';

interface TechEffectData {
  chains: ChainSummary[];
  chain: ChainSummary;
  matrix: TechEffectResponse;
  /** The open project's effect dictionary; undefined without a project. */
  dictionary: EffectDictionaryResponse | undefined;
}

type Session = ViewSession<TechEffectParams>;

async function loadData(
  context: ViewContext,
  params: TechEffectParams,
  signal: AbortSignal,
): Promise<TechEffectData | undefined> {
  const { chains } = await fetchChains(context.filters, signal);
  const chain = chooseChain(chains, context.filters.chain);
  if (!chain) return undefined;
  const project = context.project?.id;
  const [matrix, precisions, dictionary] = await Promise.all([
    fetchTechEffect(chain.id, params.rowLevel, context.filters, signal),
    loadBranchPrecisions(context.filters.project, chain.id),
    project === undefined ? undefined : fetchEffectDictionary(project, signal),
  ]);
  // Rows carry the open project's low-precision mark (branch-precision.ts).
  const rows = matrix.rows.map((row) => ({
    ...row,
    name: flaggedName(row.name, row.id, precisions, context.t, context.lang),
  }));
  return { chains, chain, matrix: { ...matrix, rows }, dictionary };
}

function update(session: Session, patch: Partial<TechEffectParams>): void {
  session.params = { ...session.params, ...patch };
  session.context.setViewParams(techEffectParamsPatch(session.params));
}

function showCell(session: Session, data: TechEffectData, row: string, effect: string): boolean {
  const cell = data.matrix.cells.find((c) => c.row === row && c.effect === effect);
  if (!cell) return false;
  session.context.details.show(
    cellTitle(data.matrix, cell, session.context),
    h(
      'div',
      null,
      branchCrossLinks(session.context, cell.row, undefined),
      cellDetails(cell, session.context),
      ...(data.dictionary && session.context.project
        ? handTagSection(cell, session.context, {
            project: session.context.project.id,
            dictionary: data.dictionary,
            changed: () => session.reload(),
          })
        : []),
    ),
  );
  for (const td of session.host.querySelectorAll<HTMLElement>('.te-cell')) {
    td.classList.toggle('selected', td.dataset.row === row && td.dataset.effect === effect);
  }
  return true;
}

function toolbar(session: Session, data: TechEffectData): HTMLElement {
  const { context, params } = session;
  const { t } = context;
  const showInactive = h('input', {
    attrs: { type: 'checkbox', name: 'inactive', checked: params.showInactive },
    on: {
      change: (event) => {
        update(session, { showInactive: (event.target as HTMLInputElement).checked });
        render(session, data);
      },
    },
  });
  return h(
    'div',
    { attrs: { class: 'toolbar', role: 'toolbar' } },
    chainPicker(data.chains, data.chain.id, context),
    selectTool(
      t('nav.te.rows'),
      'rowLevel',
      ROW_LEVELS.map((level) => [level, t(`nav.te.rowLevel.${level}`)] as const),
      params.rowLevel,
      (rowLevel) => {
        update(session, { rowLevel: rowLevel as RowLevel, selected: undefined });
        session.reload();
      },
    ),
    h(
      'label',
      { attrs: { class: 'tool tool-check' } },
      showInactive,
      h('span', null, t('nav.te.showInactive')),
    ),
  );
}

/** The dictionary editor with an open project; otherwise a line saying it needs one. */
function dictionarySection(session: Session, data: TechEffectData): HTMLElement {
  const { context } = session;
  const project = context.project?.id;
  if (project === undefined || !data.dictionary)
    return h('p', { attrs: { class: 'muted effect-dictionary-hint' } }, context.t('effects.needProject'));
  return dictionaryPanel({
    project,
    dictionary: data.dictionary,
    t: context.t,
    lang: context.lang,
    changed: () => session.reload(),
  });
}

function render(session: Session, data: TechEffectData): void {
  const { context, host, params } = session;
  const { t, lang } = context;
  const matrix = techEffectMatrix(data.matrix, lang, params.showInactive);
  const response = data.matrix;
  if (response.families === 0) {
    host.replaceChildren(toolbar(session, data), dictionarySection(session, data), emptyState(t));
    return;
  }
  host.replaceChildren(
    toolbar(session, data),
    dictionarySection(session, data),
    h(
      'p',
      { attrs: { class: 'totals' } },
      t('nav.te.summary', { families: response.families, withEffect: response.familiesWithEffect }),
      ...(response.dictionary?.origin === 'project'
        ? [
            ' · ',
            t('effects.matrixDictionary', {
              origin: t('effects.origin.project', { version: response.dictionary.version }),
              tags: response.dictionary.handTags,
            }),
          ]
        : []),
    ),
    ...notesList(t('nav.te.notes'), [
      ...response.notes.map((note) => explain(note, lang)),
      ...(response.truncated ? [t('nav.te.truncated')] : []),
    ]),
    h(
      'div',
      { attrs: { class: 'heatmap-body' } },
      matrixTable({
        data: response,
        matrix,
        t,
        lang,
        filters: context.filters,
        signal: context.signal,
        onSelectCell: (row, effect) => {
          if (showCell(session, data, row, effect)) update(session, { selected: { row, effect } });
        },
      }),
      techEffectLegend(matrix.max, t, lang),
    ),
    h('p', { attrs: { class: 'measure' } }, explain(response.basis, lang)),
    candidateTable(response, context),
  );
  const selected = params.selected;
  if (selected && !showCell(session, data, selected.row, selected.effect))
    update(session, { selected: undefined });
}

export function mount(container: HTMLElement, context: ViewContext): ViewInstance {
  return mountSessionView<TechEffectParams, TechEffectData | undefined, Session>(container, context, {
    viewId: VIEW_ID,
    hostClass: 'nav-view',
    readParams: readTechEffectParams,
    load: (session, signal) => loadData(context, session.params, signal),
    isEmpty: (data) => data === undefined,
    render: (session, data) => render(session, data!),
    onDetailsClosed: (session) => update(session, { selected: undefined }),
  });
}
