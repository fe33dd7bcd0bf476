/**
 * The one way a class code is shown with its title: "H01M — PROCESSES OR MEANS, e.g. BATTERIES, …".
 * Titles are English in both UI languages: the shipped table has no Chinese titles yet (source and
 * reason in ingest/chains/reference/README.md).
 */
import type { MapData } from '@graph-schema/dto/map';
import { h } from '@web/src/dom/h';
import { fetchClassTitles } from '../api/classes';

export const CLASS_TITLE_SEPARATOR = ' — ';
/** Title length in table cells and lists; map labels use MAP_TITLE_CHARS. */
export const TABLE_TITLE_CHARS = 90;
/** A map label stays short (the tooltip and the details panel have the whole title). */
export const MAP_TITLE_CHARS = 28;

/** `title` cut at a word boundary to at most `max` characters, with "…" when cut. */
export function shortTitle(title: string, max: number): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const head = space > max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:]+$/, '')}…`;
}

/** "CODE — title" (title shortened to `max`), or the bare code when there is no title. */
export function classLabel(code: string, title: string | null | undefined, max = TABLE_TITLE_CHARS): string {
  return title ? `${code}${CLASS_TITLE_SEPARATOR}${shortTitle(title, max)}` : code;
}

function titleOf(details: MapData['nodes'][number]['details']): string | undefined {
  const title = details.title;
  return typeof title === 'string' && title !== '' ? title : undefined;
}

/** The map with its class nodes labelled "CODE — short title" (from the node's `details.title`). */
export function withClassLabels(map: MapData): MapData {
  const nodes = map.nodes.map((node) => {
    if (node.kind !== 'cpc' && node.kind !== 'ipc') return node;
    return { ...node, label: classLabel(node.label, titleOf(node.details), MAP_TITLE_CHARS) };
  });
  return { ...map, nodes };
}

/**
 * A list of codes that shows at once and adds each code's title when the titles arrive; the
 * whole title is in the item's tooltip. A failed title request leaves the bare codes.
 */
export function classCodeList(codes: readonly string[]): HTMLElement {
  const items = codes.map((code) => {
    // English in both UIs (no Chinese table ships): marked so, like any foreign-language run of text.
    const text = h('span', { attrs: { class: 'class-title', lang: 'en' } });
    return { code, item: h('li', { attrs: { 'data-code': code } }, h('code', null, code), text), text };
  });
  fetchClassTitles(codes)
    .then((titles) => {
      for (const { code, item, text } of items) {
        const title = titles.get(code);
        if (!title) continue;
        text.textContent = `${CLASS_TITLE_SEPARATOR}${shortTitle(title, TABLE_TITLE_CHARS)}`;
        item.title = title;
      }
    })
    .catch(() => undefined);
  return h('ul', { attrs: { class: 'codes class-codes' } }, ...items.map(({ item }) => item));
}
