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
import type { BulkGraph } from './graph';

export type LinkProps = Record<string, unknown>;
/** A patent's outgoing links: kind → target key → link properties. CITES of both origins share `citations`. */
export type LinkState = Map<LinkKindName, Map<string, LinkProps>>;

/** The node a link of this kind points at, as a key of BulkGraph's degree counts (null: never deleted). */
const TARGET_PREFIX: Partial<Record<LinkKindName, string>> = {
  filedBy: 'A:',
  ownedBy: 'A:',
  inventedBy: 'I:',
  citations: 'P:',
};

const owned = (kind: LinkKindName, link: LinkProps) =>
  kind !== 'citations' || (link.via ?? 'cites') === 'cites';

function heldRank(links: Map<string, LinkProps> | undefined, kind: LinkKindName): number {
  let rank = -1;
  for (const link of links?.values() ?? [])
    if (owned(kind, link)) rank = Math.max(rank, sourceRank(link.source as string | undefined));
  return rank;
}

function addDataset(link: LinkProps, dataset: string | null): void {
  const datasets = link.datasets as string[] | undefined;
  if (dataset !== null && !datasets?.includes(dataset)) link.datasets = [...(datasets ?? []), dataset];
}

/** The properties the winning record sets on each link of a kind (link-statements.ts KINDS.set). */
function kindProps(kind: LinkKindName, item: Record<string, unknown>): LinkProps {
  if (kind === 'filedBy' || kind === 'ownedBy') return { order: item.order, spellings: item.spellings };
  if (kind === 'inventedBy') return { order: item.order };
  if (kind === 'citations') return { via: 'cites' };
  if (kind === 'tags') return { chain: item.chainId, rule: item.ruleId, matchedBy: item.matchedBy };
  return {};
}

export class LinkCounter {
  /** Links touching each deletable node (`A:` applicant, `I:` inventor, `P:` patent). */
  readonly degree = new Map<string, number>();
  readonly released = new Set<string>();
  add(node: string, by: number): void {
    this.degree.set(node, (this.degree.get(node) ?? 0) + by);
  }
}

type Groups = ReturnType<typeof linkGroupsOf>;

function replaceKind(graph: BulkGraph, kind: LinkKindName, groups: Groups, dataset: string | null): void {
  const prefix = TARGET_PREFIX[kind];
  for (const group of groups[kind]) {
    const patent = graph.patents.get(group.id);
    if (!patent) continue;
    const links = patent.links.get(kind) ?? new Map<string, LinkProps>();
    patent.links.set(kind, links);
    if (heldRank(links, kind) <= group.rank) {
      for (const [key, link] of links) {
        if (group.keys.includes(key) || !owned(kind, link)) continue;
        links.delete(key);
        if (prefix) unlink(graph, group.id, `${prefix}${key}`, true);
      }
    }
    const wins = heldRank(links, kind) <= group.rank;
    for (const item of group.items as Array<Record<string, unknown> & { key: string }>) {
      let link = links.get(item.key);
      if (!wins && !link) continue;
      if (kind === 'citations') graph.patent(item.key, item.office as string);
      if (!link) {
        link = {};
        links.set(item.key, link);
        if (prefix) link$(graph, group.id, `${prefix}${item.key}`);
      }
      addDataset(link, dataset);
      if (wins)
        Object.assign(link, { source: group.source, sourceFile: group.sourceFile }, kindProps(kind, item));
    }
  }
}

function link$(graph: BulkGraph, from: string, target: string): void {
  graph.counter.add(target, 1);
  graph.counter.add(`P:${from}`, 1);
}

function unlink(graph: BulkGraph, from: string, target: string, release: boolean): void {
  graph.counter.add(target, -1);
  graph.counter.add(`P:${from}`, -1);
  if (release) graph.counter.released.add(target);
}

function mergeCitedBy(graph: BulkGraph, rows: BatchRows, dataset: string | null): void {
  for (const row of rows.citations) {
    if (row.via !== 'citedBy') continue;
    const citing = graph.patent(row.from, row.from.slice(0, 2));
    if (!graph.patents.has(row.to)) continue;
    const links = citing.links.get('citations') ?? new Map<string, LinkProps>();
    citing.links.set('citations', links);
    let link = links.get(row.to);
    if (!link) {
      link = { via: 'citedBy' };
      links.set(row.to, link);
      link$(graph, row.from, `P:${row.to}`);
    }
    addDataset(link, dataset);
  }
}

/** DELETE_RELEASED: released applicants, inventors and citation stubs with no link left. */
function deleteReleased(graph: BulkGraph): void {
  for (const node of graph.counter.released) {
    if ((graph.counter.degree.get(node) ?? 0) > 0) continue;
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
