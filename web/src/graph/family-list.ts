/**
 * The ranked "name — n families" list the details panels show: a node's strongest neighbours, a
 * branch's top applicants, an inventor's applicants and co-inventors. One markup, so the panels
 * look alike and the browser tests find every list as `.neighbours li`.
 */
import { h } from '../dom/h';
import { formatInteger, type Lang, type Translate } from '../i18n';
import type { RankedNeighbour } from './node-summary';

export interface FamilyCount {
  label: string;
  families: number;
}

export function familyList(rows: readonly FamilyCount[], t: Translate, lang: Lang): HTMLElement {
  return h(
    'ol',
    { attrs: { class: 'neighbours' } },
    ...rows.map((row) =>
      h(
        'li',
        null,
        h('span', { attrs: { class: 'neighbour-label' } }, row.label),
        h(
          'span',
          { attrs: { class: 'muted' } },
          t('details.sharedFamilies', { count: formatInteger(row.families, lang) }),
        ),
      ),
    ),
  );
}

/** A title and the list, or nothing when there is nothing to list. */
export function titledFamilyList(
  title: string,
  rows: readonly FamilyCount[],
  t: Translate,
  lang: Lang,
): HTMLElement[] {
  return rows.length === 0 ? [] : [h('h3', null, title), familyList(rows, t, lang)];
}

/** Map neighbours (node-summary.ts) as list rows: the link weight is the shared families. */
export function neighbourRows(neighbours: readonly RankedNeighbour[]): FamilyCount[] {
  return neighbours.map((n) => ({ label: n.node.label, families: n.weight }));
}
