/** Field extraction shared by the USPTO and OPS mappers (both use WIPO ST.36 element names). */
import { classificationFromParts, parseClassification } from '../normalise/classification';
import { parseDate } from '../normalise/dates';
import { parseDocNumber } from '../normalise/numbers';
import type { Classification, DocNumber, PatentRecord } from '../record';
import { childElements, childText, textOf, type XmlElement } from './xml-tree';

/** `<document-id><country/><doc-number/><kind/><date/></document-id>` → number + ISO date. */
export function documentId(
  element: XmlElement | undefined,
  role: 'publication' | 'application' = 'publication',
): { number?: DocNumber; date?: string } {
  if (!element) return {};
  const country = childText(element, 'country');
  const docNumber = childText(element, 'doc-number');
  const kind = childText(element, 'kind');
  const hints = { role, ...(country ? { office: country } : {}), ...(kind ? { kind } : {}) };
  // A PCT number (`PCT/CH02/00573`, a US parent-doc) names its receiving office itself.
  const prefixed = country && !docNumber.startsWith(country) && !/^PCT/i.test(docNumber);
  const number = docNumber
    ? parseDocNumber(prefixed ? `${country}${docNumber}` : docNumber, hints)
    : undefined;
  const date = parseDate(childText(element, 'date'), 'date');
  return { ...(number ? { number } : {}), ...(date ? { date } : {}) };
}

/** OPS repeats a reference as docdb / epodoc / original; docdb is the one with country + kind. */
export function preferredDocumentId(reference: XmlElement | undefined): XmlElement | undefined {
  const ids = childElements(reference, 'document-id');
  return ids.find((id) => id.attributes['document-id-type'] === 'docdb') ?? ids[0];
}

/** Split-element classifications (`section`, `class`, `subclass`, `main-group`, `subgroup`). */
export function splitClassification(
  element: XmlElement,
  scheme: Classification['scheme'],
): Classification | undefined {
  const parts = {
    section: childText(element, 'section'),
    class: childText(element, 'class'),
    subclass: childText(element, 'subclass'),
    mainGroup: childText(element, 'main-group'),
    subgroup: childText(element, 'subgroup'),
    value: childText(element, 'classification-value'),
  };
  if (!parts.section) {
    const text = childText(element, 'text') || textOf(element);
    return text ? parseClassification(text, scheme) : undefined;
  }
  return classificationFromParts(parts, scheme);
}

export function uniqueClassifications(items: (Classification | undefined)[]): Classification[] {
  const bySymbol = new Map<string, Classification>();
  for (const item of items) {
    if (item && !bySymbol.has(`${item.scheme}:${item.symbol}`))
      bySymbol.set(`${item.scheme}:${item.symbol}`, item);
  }
  return [...bySymbol.values()];
}

/** The earliest dated priority; undated ones cannot be compared. */
export function earliestPriorityDate(priorities: PatentRecord['priorities']): string | undefined {
  return priorities
    .map((p) => p.date)
    .filter((d): d is string => !!d)
    .sort()[0];
}
