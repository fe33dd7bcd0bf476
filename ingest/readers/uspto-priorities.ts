/**
 * The priorities of a USPTO XML record. Besides the foreign `priority-claims`, a US filing takes its
 * effective date from `us-related-documents`: a provisional application (35 U.S.C. 119(e)) and the
 * parent applications of continuations, divisions and continuations-in-part (35 U.S.C. 120/121).
 * DOCDB lists the same filings as the priorities of a US publication, so reading them here keeps the
 * earliest priority and the family key (ingest/load/rows.ts familyKeyOf) the same whichever source
 * a US record came from. See docs/decisions/2026-12-04-us-priorities-and-npl-citations.md.
 */
import type { PatentRecord, RecordWarning } from '../record';
import { documentId } from './xml-fields';
import { child, childElements, childText, descendants, localName, path, type XmlElement } from './xml-tree';

type Priority = PatentRecord['priorities'][number];

/** `us-related-documents` entries whose parent filing is a priority basis (the rest — reissue, substitution, related-publication … — are not). */
export const PARENT_RELATIONS = new Set(['continuation', 'continuation-in-part', 'division']);

interface Claimed {
  element: XmlElement | undefined;
  /** What the warning calls it: `priority claim`, `provisional application`, `division parent application`. */
  label: string;
  field: string;
}

function claimedFilings(biblio: XmlElement): Claimed[] {
  const foreign = descendants(child(biblio, 'priority-claims'), 'priority-claim').map((element) => ({
    element,
    label: 'priority claim',
    field: 'priority-claims',
  }));
  const related = childElements(child(biblio, 'us-related-documents')).flatMap((entry): Claimed[] => {
    const kind = localName(entry);
    const field = 'us-related-documents';
    if (kind === 'us-provisional-application')
      return [{ element: child(entry, 'document-id'), label: 'provisional application', field }];
    if (!PARENT_RELATIONS.has(kind)) return [];
    return childElements(entry, 'relation').map((relation) => ({
      element: path(relation, 'parent-doc', 'document-id'),
      label: `${kind} parent application`,
      field,
    }));
  });
  return [...foreign, ...related];
}

/** Foreign claims first, then provisionals and parents in document order; one entry per number. */
export function usPriorities(biblio: XmlElement): { priorities: Priority[]; warnings: RecordWarning[] } {
  const byId = new Map<string, Priority>();
  const warnings: RecordWarning[] = [];
  for (const { element, label, field } of claimedFilings(biblio)) {
    const { number, date } = documentId(element, 'application');
    if (number) {
      if (!byId.has(number.id)) byId.set(number.id, date ? { number, date } : { number });
      continue;
    }
    const dated = date ? ` (filed ${date})` : '';
    warnings.push({
      code: 'BAD_PRIORITY_NUMBER',
      message: `unreadable ${label} "${childText(element, 'doc-number')}"${dated}`,
      field,
    });
  }
  return { priorities: [...byId.values()], warnings };
}
