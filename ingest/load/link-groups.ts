/**
 * The loader's link rows regrouped per patent, so one statement can replace a patent's links of
 * one kind as a whole (link-statements.ts): each group carries the source that states it, the
 * source's precedence rank and the keys it names. Pure: no database.
 */
import { sourceRank } from '@graph-schema/vocabulary/source-precedence';
import type { PatentRow } from './rows';

export interface LinkGroupRow<Item extends { key: string }> {
  /** The patent whose links these are. */
  id: string;
  /** The ingest format of the record (graph-schema/vocabulary/source-precedence.ts). */
  source: string;
  rank: number;
  sourceFile: string;
  /** Every target key this record names; links to any other target are stale when this group wins. */
  keys: string[];
  items: Item[];
}

/**
 * Groups flat link rows by patent, keeping the first row of a repeated key. A record that names
 * no link of a kind yields no group: an export without the column keeps what another stated.
 */
export function groupLinks<Row extends { id: string }, Item extends { key: string }>(
  patents: readonly PatentRow[],
  links: readonly Row[],
  itemOf: (row: Row) => Item,
): Array<LinkGroupRow<Item>> {
  const sourceOf = new Map(patents.map((patent) => [patent.id, patent.props]));
  const groups = new Map<string, LinkGroupRow<Item>>();
  for (const row of links) {
    const props = sourceOf.get(row.id);
    if (!props) continue;
    const item = itemOf(row);
    let group = groups.get(row.id);
    if (!group) {
      const source = props.sourceFormat ?? '';
      group = {
        id: row.id,
        source,
        rank: sourceRank(source),
        sourceFile: props.sourceFile ?? '',
        keys: [],
        items: [],
      };
      groups.set(row.id, group);
    }
    if (group.keys.includes(item.key)) continue;
    group.keys.push(item.key);
    group.items.push(item);
  }
  return [...groups.values()];
}
