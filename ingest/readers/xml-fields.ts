/** Field extraction shared by the USPTO and OPS mappers (both use WIPO ST.36 element names). */
import { classificationFromParts, parseClassification } from '../normalise/classification';
import { parseDate } from '../normalise/dates';
import { parseDocNumber } from '../normalise/numbers';
import type { Classification, DocNumber } from '../record';
import { child, childElements, childText, descendants, textOf, type XmlElement } from './xml-tree';

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
  const number = docNumber
    ? parseDocNumber(country && !docNumber.startsWith(country) ? `${country}${docNumber}` : docNumber, hints)
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

/** `<patcit>` citations anywhere below `element`, de-duplicated by id. */
export function patentCitations(element: XmlElement | undefined): DocNumber[] {
  const byId = new Map<string, DocNumber>();
  for (const patcit of descendants(element, 'patcit')) {
    const { number } = documentId(preferredDocumentId(patcit) ?? child(patcit, 'document-id'));
    if (number) byId.set(number.id, number);
  }
  return [...byId.values()];
}

export function uniqueClassifications(items: (Classification | undefined)[]): Classification[] {
  const bySymbol = new Map<string, Classification>();
  for (const item of items) {
    if (item && !bySymbol.has(`${item.scheme}:${item.symbol}`))
      bySymbol.set(`${item.scheme}:${item.symbol}`, item);
  }
  return [...bySymbol.values()];
}
