/** Details of a node of the applicant–branch map: its families and its strongest links. */
import type { MapData } from '@graph-schema/dto/map';
import { h } from '@web/src/dom/h';
import { neighbourRows, titledFamilyList } from '@web/src/graph/family-list';
import { summarizeNode } from '@web/src/graph/node-summary';
import { formatInteger } from '../navigation/format';
import type { ViewContext } from '../types';

export function applicantBranchDetails(
  map: MapData,
  nodeId: string,
  context: ViewContext,
): HTMLElement | undefined {
  const summary = summarizeNode(map, nodeId, 8);
  if (!summary) return undefined;
  const { t, lang } = context;
  const { node, neighbours } = summary;
  const listTitle = node.kind === 'applicant' ? t('nav.ab.topBranches') : t('details.topApplicants');
  return h(
    'div',
    { attrs: { class: 'node-details' } },
    h(
      'dl',
      null,
      h('dt', null, t('details.kind')),
      h('dd', null, t(`kind.${node.kind}`)),
      h('dt', null, t('details.families')),
      h('dd', null, formatInteger(node.weight, lang)),
    ),
    ...titledFamilyList(listTitle, neighbourRows(neighbours), t, lang),
  );
}
