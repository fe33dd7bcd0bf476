/**
 * The references a USPTO or OPS document cites (`us-references-cited/us-citation`,
 * `references-cited/citation`, WIPO ST.36): patent citations (`<patcit>`) become cited publications,
 * non-patent literature (`<nplcit>`: `othercit` in USPTO XML, `text` in DOCDB) is counted and kept
 * as text. A reference that cannot be read is warned with its number, never dropped silently.
 */
import { boundedNplTexts, type NplText } from '../normalise/npl-citations';
import type { DocNumber, RecordWarning } from '../record';
import { documentId, preferredDocumentId } from './xml-fields';
import { child, childElements, childText, descendants, localName, textOf, type XmlElement } from './xml-tree';

export interface CitedReferences {
  /** Cited publications, de-duplicated by id, in document order. */
  citations: DocNumber[];
  /** NPL texts (at most NPL_TEXTS_MAX, each at most NPL_TEXT_MAX_LENGTH characters). */
  nplCitations: string[];
  /** Every NPL reference with a text, also those beyond NPL_TEXTS_MAX. */
  nplCitationCount: number;
  warnings: RecordWarning[];
}

const FIELD = 'references-cited';
const warning = (code: RecordWarning['code'], message: string): RecordWarning => ({
  code,
  message,
  field: FIELD,
});

/** `patcit` and `nplcit` elements below `element`, in document order. */
function referenceElements(element: XmlElement | undefined): XmlElement[] {
  return childElements(element).flatMap((next) =>
    localName(next) === 'patcit' || localName(next) === 'nplcit' ? [next] : referenceElements(next),
  );
}

/** The reference's own number (`num="00021"`), else its position among the references. */
const referenceNumber = (reference: XmlElement, index: number) =>
  Number(reference.attributes.num) || index + 1;

/** Texts of the elements that hold text directly (`name`, `atl`, `sertitle` …), in order. */
function leafTexts(element: XmlElement): string[] {
  const elements = childElements(element);
  if (elements.length === 0) return [textOf(element)].filter(Boolean);
  return elements.flatMap(leafTexts);
}

/**
 * The citation as one text: the `othercit` (USPTO) or `text` (DOCDB, also inside `article`, `book`,
 * `online`) as written, else the parts of a structured reference joined with `, `.
 */
function nplText(nplcit: XmlElement): string {
  const written = descendants(nplcit, 'othercit')[0] ?? descendants(nplcit, 'text')[0];
  return written ? textOf(written) : leafTexts(nplcit).join(', ');
}

export function citedReferences(element: XmlElement | undefined): CitedReferences {
  const byId = new Map<string, DocNumber>();
  const npl: NplText[] = [];
  const warnings: RecordWarning[] = [];
  referenceElements(element).forEach((reference, index) => {
    const num = referenceNumber(reference, index);
    if (localName(reference) === 'patcit') {
      const id = preferredDocumentId(reference) ?? child(reference, 'document-id');
      const { number } = documentId(id);
      if (number) byId.set(number.id, number);
      else {
        const raw = childText(id, 'doc-number') || textOf(reference);
        warnings.push(warning('BAD_CITATION_NUMBER', `unreadable cited patent "${raw}" (reference ${num})`));
      }
      return;
    }
    const text = nplText(reference);
    if (text) npl.push({ text, num });
    else warnings.push(warning('BAD_NPL_CITATION', `non-patent citation ${num} has no text`));
  });
  const bounded = boundedNplTexts(npl, FIELD);
  return {
    citations: [...byId.values()],
    nplCitations: bounded.texts,
    nplCitationCount: npl.length,
    // In document order: the unreadable references first met, then the bounds applied.
    warnings: [...warnings, ...bounded.warnings],
  };
}
