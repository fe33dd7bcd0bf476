/**
 * The inventor part of the applicant–branch view: the co-inventor team list beside one graph, either
 * the pairwise co-inventor network (default) or one team's membership, switched by `inventorGraph`.
 */
import type { CoInventorNetworkResponse } from '@graph-schema/dto/co-inventors';
import type { InventorsResponse } from '@graph-schema/dto/landscape-actors';
import { h } from '@web/src/dom/h';
import { selectTool } from '../navigation/controls';
import type { ViewContext } from '../types';
import { INVENTOR_NODE_PREFIX } from './co-inventor-map';
import { coInventorSection, type GraphSection } from './co-inventor-section';
import {
  type ApplicantBranchParams,
  INVENTOR_GRAPHS,
  INVENTOR_MIN_SHARED_CHOICES,
  INVENTOR_TOP_CHOICES,
  type InventorGraph,
} from './params';
import { teamSection, teamTable } from './teams';

export interface InventorsPanelInput {
  inventors: InventorsResponse;
  network: CoInventorNetworkResponse;
  chain: string;
  params: ApplicantBranchParams;
  context: ViewContext;
  /** A choice that needs the panel drawn again (graph kind, team). */
  onRedraw(patch: Partial<ApplicantBranchParams>): void;
  /** A choice that needs the data fetched again (network size, smallest link). */
  onReload(patch: Partial<ApplicantBranchParams>): void;
  onSelectInventor(nodeId: string | undefined): void;
}

export function inventorsPanel(input: InventorsPanelInput): GraphSection {
  const { inventors, network, chain, params, context } = input;
  const { t } = context;
  const modeTool = selectTool(
    t('nav.inventors.graph'),
    'inventorGraph',
    INVENTOR_GRAPHS.map((id) => [id, t(`nav.inventors.graph.${id}`)] as const),
    params.inventorGraph,
    (id) => input.onRedraw({ inventorGraph: id as InventorGraph, selected: undefined }),
  );
  const numbers = (values: readonly number[]) => values.map((n) => [String(n), String(n)] as const);
  // Network size and smallest link are only offered with the network they change.
  const tools =
    params.inventorGraph === 'network'
      ? h(
          'div',
          { attrs: { class: 'tool-row' } },
          modeTool,
          selectTool(
            t('nav.coinv.top'),
            'inventorTop',
            numbers(INVENTOR_TOP_CHOICES),
            String(params.inventorTop),
            (n) => input.onReload({ inventorTop: Number(n), selected: undefined }),
          ),
          selectTool(
            t('nav.coinv.minShared'),
            'inventorMinShared',
            numbers(INVENTOR_MIN_SHARED_CHOICES),
            String(params.inventorMinShared),
            (n) => input.onReload({ inventorMinShared: Number(n), selected: undefined }),
          ),
        )
      : modeTool;
  const selected = params.selected?.startsWith(INVENTOR_NODE_PREFIX) ? params.selected : undefined;
  const section =
    params.inventorGraph === 'network'
      ? coInventorSection(network, chain, context, tools, {
          selected,
          onSelect: input.onSelectInventor,
        })
      : teamSection(inventors, chain, params.team, context, modeTool, (team) => input.onRedraw({ team }));
  const table = teamTable(inventors, chain, context);
  // The network spans the row above the team list; a single team is small enough to sit beside it.
  const children = params.inventorGraph === 'network' ? [section.element, table] : [table, section.element];
  return { ...section, element: h('div', { attrs: { class: 'teams' } }, ...children) };
}
