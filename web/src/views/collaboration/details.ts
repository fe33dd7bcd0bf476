/** The details panel of an applicant on the co-applicant map: sector, counts and strongest partners. */
import type { MapData } from '@graph-schema/dto/map';
import { h } from '@web/src/dom/h';
import { neighbourRows, titledFamilyList } from '@web/src/graph/family-list';
import { summarizeNode } from '@web/src/graph/node-summary';
import type { Lang, Translate } from '@web/src/i18n';
import { formatInteger } from '../navigation/format';
import { sectorOf } from './sectors';

const row = (term: string, value: string) => [h('dt', null, term), h('dd', null, value)];

export function collaboratorDetails(
  map: MapData,
  nodeId: string,
  t: Translate,
  lang: Lang,
): HTMLElement | undefined {
  const summary = summarizeNode(map, nodeId, 10);
  if (!summary) return undefined;
  const { node, neighbours } = summary;
  const count = (key: string) => formatInteger(Number(node.details[key] ?? 0), lang);
  return h(
    'div',
    { attrs: { class: 'node-details', 'data-testid': 'collab-details' } },
    h(
      'dl',
      null,
      ...row(t('collab.sector'), t(`sector.${sectorOf(node.details.sector)}`)),
      ...row(t('collab.familiesInScope'), count('families')),
      ...row(t('collab.coFiled'), count('coFiledFamilies')),
      ...row(t('collab.partners'), count('partners')),
    ),
    ...titledFamilyList(t('collab.topPartners'), neighbourRows(neighbours), t, lang),
  );
}
