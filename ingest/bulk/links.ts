/**
 * The link statements of ingest/load/link-statements.ts applied to the in-memory graph: per patent
 * and kind, a record that ranks at least as high as the current links' sources replaces them (DROP
 * then LINK), a weaker one only adds its dataset to the links it agrees with; citations stated by
 * the cited record are added (MERGE_CITED_BY); released applicants, inventors and stubs left
 * without any link are deleted at the end of the batch (DELETE_RELEASED).
 */
import { sourceRank } from '@graph-schema/vocabulary/source-precedence';
import { LINK_KIND_NAMES, type LinkKindName } from '../load/link-statements';
import { linkGroupsOf } from '../load/links';
import type { BatchRows } from '../load/rows';
import { type BulkGraph, DEGREE, linksOf, type PatentState } from './graph';
import type { LinkList, LinkProps } from './link-list';

/** The node a link of this kind points at, as a key of BulkGraph's degree counts (null: never deleted). */
const TARGET_PREFIX: Partial<Record<LinkKindName, string>> = {
  filedBy: 'A:',
  ownedBy: 'A:',
  inventedBy: 'I:',
  citations: 'P:',
};

const owned = (kind: LinkKindName, link: LinkProps) =>
  kind !== 'citations' || (link.via ?? 'cites') === 'cites';

function heldRank(links: LinkList, kind: LinkKindName): number {
  let rank = -1;
  for (const link of links.values())
    if (owned(kind, link)) rank = Math.max(rank, sourceRank(link.source as string | undefined));
  return rank;
}

/** The link with `dataset` among its datasets (interned: a changed link is a new shared value). */
function withDataset(graph: BulkGraph, link: LinkProps, dataset: string | null): LinkProps {
  const datasets = link.datasets as readonly string[] | undefined;
  if (dataset === null || datasets?.includes(dataset)) return link;
  return graph.interner.link({ ...link, datasets: [...(datasets ?? []), dataset] });
}

/** The properties the winning record sets on each link of a kind (link-statements.ts KINDS.set). */
function kindProps(kind: LinkKindName, item: Record<string, unknown>): LinkProps {
  if (kind === 'filedBy' || kind === 'ownedBy') return { order: item.order, spellings: item.spellings };
  if (kind === 'inventedBy') return { order: item.order };
  if (kind === 'citations') return { via: 'cites' };
  if (kind === 'tags') return { chain: item.chainId, rule: item.ruleId, matchedBy: item.matchedBy };
  return {};
}

/**
 * Links touching each deletable node: applicants (`A:key`) and inventors (`I:key`) in a map,
 * patents (`P:id`) in their own properties (DEGREE: a million-entry map would cost more), and
 * the nodes a DROP released.
 */
export class LinkCounter {
  readonly degree = new Map<string, number>();
  readonly released = new Set<string>();
  constructor(private readonly patents: ReadonlyMap<string, PatentState>) {}

  add(node: string, by: number): void {
    if (node.startsWith('P:')) this.addPatent(node.slice(2), by);
    else this.degree.set(node, (this.degree.get(node) ?? 0) + by);
  }

  addPatent(id: string, by: number): void {
    const props = this.patents.get(id)?.props;
    if (props) props[DEGREE] = ((props[DEGREE] as number | undefined) ?? 0) + by;
  }

  of(node: string): number {
    if (!node.startsWith('P:')) return this.degree.get(node) ?? 0;
    return (this.patents.get(node.slice(2))?.props[DEGREE] as number | undefined) ?? 0;
  }
}

type Groups = ReturnType<typeof linkGroupsOf>;

function replaceKind(graph: BulkGraph, kind: LinkKindName, groups: Groups, dataset: string | null): void {
  const prefix = TARGET_PREFIX[kind];
  for (const group of groups[kind]) {
    const patent = graph.patents.get(group.id);
    if (!patent) continue;
    const links = linksOf(patent, kind);
    if (heldRank(links, kind) <= group.rank) {
      for (const [key, link] of links.entries()) {
        if (group.keys.includes(key) || !owned(kind, link)) continue;
        links.delete(key);
        if (prefix) unlink(graph, group.id, `${prefix}${key}`, true);
      }
    }
    const wins = heldRank(links, kind) <= group.rank;
    for (const item of group.items as Array<Record<string, unknown> & { key: string }>) {
      let link = links.get(item.key);
      if (!wins && !link) continue;
      // Target keys shared with the node they name, not one copy per link.
      const key =
        kind === 'citations'
          ? (graph.patent(item.key, item.office as string).props.id as string)
          : graph.interner.string(item.key);
      if (!link && prefix) link$(graph, group.id, `${prefix}${key}`);
      link = withDataset(graph, link ?? graph.interner.link({}), dataset);
      if (wins)
        link = graph.interner.link({
          ...link,
          source: group.source,
          sourceFile: group.sourceFile,
          ...kindProps(kind, item),
        });
      links.set(key, link);
    }
  }
}

function link$(graph: BulkGraph, from: string, target: string): void {
  graph.counter.add(target, 1);
  graph.counter.addPatent(from, 1);
}

function unlink(graph: BulkGraph, from: string, target: string, release: boolean): void {
  graph.counter.add(target, -1);
  graph.counter.addPatent(from, -1);
  if (release) graph.counter.released.add(target);
}

function mergeCitedBy(graph: BulkGraph, rows: BatchRows, dataset: string | null): void {
  for (const row of rows.citations) {
    if (row.via !== 'citedBy') continue;
    const citing = graph.patent(row.from, row.from.slice(0, 2));
    const cited = graph.patents.get(row.to);
    if (!cited) continue;
    const links = linksOf(citing, 'citations');
    const link = links.get(row.to);
    if (!link) link$(graph, row.from, `P:${row.to}`);
    links.set(
      cited.props.id as string,
      withDataset(graph, link ?? graph.interner.link({ via: 'citedBy' }), dataset),
    );
  }
}

/** DELETE_RELEASED: released applicants, inventors and citation stubs with no link left. */
function deleteReleased(graph: BulkGraph): void {
  for (const node of graph.counter.released) {
    if (graph.counter.of(node) > 0) continue;
    const key = node.slice(2);
    if (node.startsWith('A:')) graph.applicants.delete(key);
    else if (node.startsWith('I:')) graph.inventors.delete(key);
    else if (graph.patents.get(key)?.props.external === true) graph.patents.delete(key);
  }
  graph.counter.released.clear();
}

export function applyLinks(graph: BulkGraph, rows: BatchRows, dataset: string | null): void {
  const groups = linkGroupsOf(rows);
  for (const kind of LINK_KIND_NAMES) replaceKind(graph, kind, groups, dataset);
  mergeCitedBy(graph, rows, dataset);
  deleteReleased(graph);
}
