/**
 * The server labels branch nodes "中文 / English". On the map that doubles the label length and
 * ellipsis cuts both; the UI language's half is kept (the details panel shows the full label). Pure.
 */
import type { MapData } from '@graph-schema/dto/map';
import type { Lang } from '@web/src/i18n';

export function labelInLanguage(label: string, lang: Lang): string {
  const parts = label.split(' / ');
  if (parts.length !== 2) return label;
  const [zh, en] = parts as [string, string];
  return (lang === 'zh' ? zh : en).trim() || label;
}

/** A copy of the map whose branch labels are in the UI language. */
export function withBranchLabels(map: MapData, lang: Lang): MapData {
  return {
    ...map,
    nodes: map.nodes.map((node) =>
      node.kind === 'branch' ? { ...node, label: labelInLanguage(node.label, lang) } : node,
    ),
  };
}
