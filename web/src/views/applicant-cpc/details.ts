/** The details panel content for a map node: what it is, its families, and its strongest links. */
import type { MapData, MapNode } from '@graph-schema/dto/map';
import { h } from '@web/src/dom/h';
import { neighbourRows, titledFamilyList } from '@web/src/graph/family-list';
import { summarizeNode } from '@web/src/graph/node-summary';
import { formatInteger, type Lang, type MessageKey, type Translate } from '@web/src/i18n';

/** `details` keys the panel already shows in its own rows. */
const SHOWN_DETAIL_KEYS = new Set(['title', 'families']);

function row(term: string, value: Node | string): HTMLElement[] {
  return [h('dt', null, term), h('dd', null, value)];
}

function classTitle(node: MapNode): string | undefined {
  const title = node.details.title;
  return typeof title === 'string' && title !== '' ? title : undefined;
}

function extraDetails(node: MapNode): HTMLElement[] {
  return Object.entries(node.details)
    .filter(([key, value]) => !SHOWN_DETAIL_KEYS.has(key) && value !== null && value !== '')
    .flatMap(([key, value]) => row(key, String(value)));
}

export function nodeDetails(map: MapData, nodeId: string, t: Translate, lang: Lang): HTMLElement | undefined {
  const summary = summarizeNode(map, nodeId);
  if (!summary) return undefined;
  const { node, neighbours } = summary;
  const isClass = node.kind === 'cpc' || node.kind === 'ipc';
  const title = classTitle(node);
  const neighboursKey: MessageKey = isClass ? 'details.topApplicants' : 'details.topClasses';
  const extras = extraDetails(node);
  return h(
    'div',
    { attrs: { class: 'node-details' } },
    h(
      'dl',
      null,
      ...row(t('details.kind'), t(`kind.${node.kind}`)),
      ...(title ? row(t('details.classTitle'), title) : []),
      ...row(t('details.families'), formatInteger(node.weight, lang)),
    ),
    ...titledFamilyList(t(neighboursKey), neighbourRows(neighbours), t, lang),
    extras.length > 0 && h('h3', null, t('details.more')),
    extras.length > 0 && h('dl', null, ...extras),
  );
}
