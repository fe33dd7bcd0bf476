/** Details of an inventor of the co-inventor network: families, applicants, strongest co-inventors. */
import type { CoInventorNetworkResponse } from '@graph-schema/dto/co-inventors';
import type { MapData } from '@graph-schema/dto/map';
import { h } from '@web/src/dom/h';
import { familyList, neighbourRows } from '@web/src/graph/family-list';
import { summarizeNode } from '@web/src/graph/node-summary';
import { formatInteger } from '../navigation/format';
import type { ViewContext } from '../types';
import { inventorNodeId } from './co-inventor-map';

type Inventor = CoInventorNetworkResponse['inventors'][number];

export function inventorDetails(inventor: Inventor, map: MapData, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  const coInventors = summarizeNode(map, inventorNodeId(inventor.key), 8)?.neighbours ?? [];
  return h(
    'div',
    { attrs: { class: 'node-details', 'data-testid': 'inventor-details' } },
    h(
      'dl',
      null,
      h('dt', null, t('details.kind')),
      h('dd', null, t('kind.inventor')),
      h('dt', null, t('details.families')),
      h('dd', null, formatInteger(inventor.families, lang)),
    ),
    h('h3', null, t('nav.coinv.applicants')),
    inventor.applicants.length > 0
      ? familyList(
          inventor.applicants.map((a) => ({ label: a.name, families: a.families })),
          t,
          lang,
        )
      : h('p', { attrs: { class: 'muted' } }, '—'),
    h('h3', null, t('nav.coinv.coInventors')),
    coInventors.length > 0
      ? familyList(neighbourRows(coInventors), t, lang)
      : h('p', { attrs: { class: 'muted' } }, t('nav.coinv.alone')),
  );
}
