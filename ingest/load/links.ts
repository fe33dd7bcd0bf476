/**
 * Replaces each batch patent's links kind by kind (link-statements.ts explains the precedence),
 * inside the batch's write transaction, then deletes the targets the replacement left unlinked.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { CREATE_FRESH_LINKS, freshLinkRows, type HeldTypes, isFresh } from './fresh-links';
import { groupLinks, type LinkGroupRow } from './link-groups';
import {
  DELETE_RELEASED,
  LINK_KIND_NAMES,
  LINK_STATEMENTS,
  type LinkKindName,
  MERGE_CITED_BY,
} from './link-statements';
import type { BatchRows } from './rows';
import { type StepTimings, timed } from './step-timings';

/** Each kind's group rows: the flat link rows of the batch regrouped per patent. */
export function linkGroupsOf(rows: BatchRows): Record<LinkKindName, Array<LinkGroupRow<{ key: string }>>> {
  const party = (link: { key: string; order: number; spellings: string[] }) => ({
    key: link.key,
    order: link.order,
    spellings: link.spellings,
  });
  const code = (link: { code: string }) => ({ key: link.code });
  return {
    filedBy: groupLinks(rows.patents, rows.filedBy, party),
    ownedBy: groupLinks(rows.patents, rows.ownedBy, party),
    inventedBy: groupLinks(rows.patents, rows.inventedBy, (link) => ({ key: link.key, order: link.order })),
    ipcLinks: groupLinks(rows.patents, rows.ipcLinks, code),
    cpcLinks: groupLinks(rows.patents, rows.cpcLinks, code),
    citations: groupLinks(
      rows.patents,
      rows.citations.filter((c) => c.via === 'cites').map((c) => ({ ...c, id: c.from })),
      (c) => ({ key: c.to, office: c.toOffice }),
    ),
    tags: groupLinks(rows.patents, rows.tags, (tag) => ({
      key: tag.branchId,
      chainId: tag.chainId,
      ruleId: tag.ruleId,
      matchedBy: tag.matchedBy,
    })),
    fields: groupLinks(rows.patents, rows.fields, (field) => ({ key: field.fieldId })),
  };
}

/**
 * `held`: the relationship types the batch's patents had going out before it (MERGE_PATENTS). A
 * patent's links of a kind whose type it had none of are created by one statement for all kinds
 * (fresh-links.ts); the others are replaced kind by kind as a whole. Returns whether targets left
 * without links were deleted.
 */
export async function replaceLinks(
  tx: ManagedTransaction,
  rows: BatchRows,
  dataset: string | null,
  held: HeldTypes,
  timings?: StepTimings,
): Promise<boolean> {
  const groups = linkGroupsOf(rows);
  const created = freshLinkRows(groups, held);
  if (created.length > 0)
    await timed(timings, 'create fresh links', () =>
      tx.run(CREATE_FRESH_LINKS, { rows: created, datasets: dataset === null ? null : [dataset] }),
    );
  const released: string[] = [];
  for (const kind of LINK_KIND_NAMES) {
    const replaced = groups[kind].filter((group) => !isFresh(held, kind, group.id));
    if (replaced.length === 0) continue;
    const statements = LINK_STATEMENTS[kind];
    const dropped = await timed(timings, `drop ${kind}`, () => tx.run(statements.drop, { rows: replaced }));
    released.push(...((dropped.records[0]?.get('released') as string[] | undefined) ?? []));
    await timed(timings, `link ${kind}`, () => tx.run(statements.link, { rows: replaced, dataset }));
  }
  const citedBy = rows.citations.filter((c) => c.via === 'citedBy');
  if (citedBy.length > 0)
    await timed(timings, 'link citedBy', () => tx.run(MERGE_CITED_BY, { rows: citedBy, dataset }));
  if (released.length === 0) return false;
  await timed(timings, 'delete released', () => tx.run(DELETE_RELEASED, { ids: released }));
  return true;
}
