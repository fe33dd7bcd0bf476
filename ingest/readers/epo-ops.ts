/**
 * EPO OPS 3.2 responses (DOCDB exchange format): biblio (`exchange-document`), family
 * (`ops:family-member`, optionally with biblio and INPADOC `ops:legal` events) and full-text claims
 * (`ftxt:fulltext-document`). One record per document or family member; the loader merges records
 * of the same publication from several responses. Non-patent citations are counted and kept as
 * text, unreadable references and priority claims warned (xml-references.ts).
 */
import { splitClaims } from '../normalise/claims';
import { parseDate } from '../normalise/dates';
import { parseDocNumber } from '../normalise/numbers';
import { makeParties } from '../normalise/parties';
import { isGrantedKind, patentType } from '../normalise/patent-type';
import { InvalidFieldError } from '../normalise/text';
import {
  type DocNumber,
  emptyRecord,
  type LocalisedText,
  type PatentRecord,
  type ReadResult,
  type RecordWarning,
  type SourceRef,
} from '../record';
import type { ReaderContext } from './types';
import {
  documentId,
  earliestPriorityDate,
  preferredDocumentId,
  splitClassification,
  uniqueClassifications,
} from './xml-fields';
import { citedReferences } from './xml-references';
import { child, childElements, childText, descendants, path, textOf, type XmlElement } from './xml-tree';

function emptyRecordFor(publication: DocNumber, source: SourceRef): PatentRecord {
  return emptyRecord(
    publication,
    source,
    patentType(publication.office, publication.kind, publication.number),
  );
}

function publicationOf(container: XmlElement): { number: DocNumber; date?: string } {
  const { number, date } = documentId(preferredDocumentId(child(container, 'publication-reference')));
  if (!number)
    throw new InvalidFieldError(
      'MISSING_PUBLICATION_NUMBER',
      'publication',
      'no publication-reference document-id',
    );
  return date ? { number, date } : { number };
}

function localisedTexts(elements: XmlElement[]): LocalisedText {
  const text: LocalisedText = {};
  for (const element of elements) {
    const lang = (element.attributes.lang ?? '').toLowerCase();
    if (lang === 'en' || lang === 'zh') text[lang] ??= textOf(element);
  }
  return text;
}

/** OPS lists each party twice (epodoc `NAME [CC]` and original spelling); the key merges them. */
function partyNames(parent: XmlElement | undefined, partyName: string): string[] {
  return descendants(parent, partyName).map((party) => textOf(child(party, `${partyName}-name`) ?? party));
}

/** A mapped document with the values it could not read (a record is loaded with its warnings). */
interface Mapped {
  record: PatentRecord;
  warnings: RecordWarning[];
}

const mapped = ({ record, warnings }: Mapped): ReadResult =>
  warnings.length > 0 ? { ok: true, record, warnings } : { ok: true, record };

/** Sets application and priorities; returns a warning per priority claim whose number cannot be read. */
function applyApplicationAndPriorities(record: PatentRecord, container: XmlElement): RecordWarning[] {
  const application = documentId(
    preferredDocumentId(child(container, 'application-reference')),
    'application',
  );
  if (application.number) record.application = application.number;
  if (application.date) record.applicationDate = application.date;
  const warnings: RecordWarning[] = [];
  record.priorities = descendants(container, 'priority-claim').flatMap((claim) => {
    const id = preferredDocumentId(claim);
    const { number, date } = documentId(id, 'application');
    if (number) return [date ? { number, date } : { number }];
    const dated = date ? ` (filed ${date})` : '';
    const message = `unreadable priority claim "${childText(id, 'doc-number')}"${dated}`;
    warnings.push({ code: 'BAD_PRIORITY_NUMBER', message, field: 'priority-claims' });
    return [];
  });
  const earliest = earliestPriorityDate(record.priorities);
  if (earliest) record.priorityDate = earliest;
  return warnings;
}

function biblioRecord(document: XmlElement, source: SourceRef, context: ReaderContext): Mapped {
  const biblio = child(document, 'bibliographic-data') ?? document;
  const { number, date } = publicationOf(biblio);
  const record = emptyRecordFor(number, source);
  if (date) record.publicationDate = date;
  const granted = isGrantedKind(number.office, number.kind);
  if (granted !== undefined) record.isGrant = granted;
  if (granted && date) record.grantDate = date;
  const priorityWarnings = applyApplicationAndPriorities(record, biblio);
  record.title = localisedTexts(childElements(biblio, 'invention-title'));
  record.abstract = localisedTexts(childElements(document, 'abstract'));
  record.applicants = makeParties(
    partyNames(child(biblio, 'parties'), 'applicant'),
    'applicant',
    context.aliases,
  );
  record.inventors = makeParties(
    partyNames(child(biblio, 'parties'), 'inventor'),
    'inventor',
    context.aliases,
  );
  const ipcr = descendants(child(biblio, 'classifications-ipcr'), 'classification-ipcr').map((e) =>
    splitClassification(e, 'IPC'),
  );
  const cpc = descendants(child(biblio, 'patent-classifications'), 'patent-classification')
    .filter((e) => /^CPC/.test(child(e, 'classification-scheme')?.attributes.scheme ?? ''))
    .map((e) => splitClassification(e, 'CPC'));
  record.classifications = uniqueClassifications([...ipcr, ...cpc]);
  const references = citedReferences(child(biblio, 'references-cited'));
  record.citations = references.citations;
  if (references.nplCitationCount > 0) {
    record.nplCitations = references.nplCitations;
    record.nplCitationCount = references.nplCitationCount;
  }
  const familyId = document.attributes['family-id'];
  if (familyId) record.familyId = familyId;
  return { record, warnings: [...priorityWarnings, ...references.warnings] };
}

function legalEvents(member: XmlElement): PatentRecord['legal']['events'] {
  return childElements(member, 'legal').map((legal) => {
    const date = parseDate(childText(legal, 'L007EP'), 'legal date');
    const description = legal.attributes.desc?.trim();
    return {
      code: (legal.attributes.code ?? '').trim(),
      ...(date ? { date } : {}),
      ...(description ? { description } : {}),
    };
  });
}

function familyRecords(members: XmlElement[], source: SourceRef, context: ReaderContext): ReadResult[] {
  const numbers = members.map((member) => publicationOf(member).number);
  return members.map((member, index) => {
    const exchange = path(member, 'exchange-document');
    const { record, warnings } = exchange
      ? biblioRecord(exchange, source, context)
      : { record: emptyRecordFor(numbers[index]!, source), warnings: [] };
    if (!exchange) {
      const { date } = publicationOf(member);
      if (date) record.publicationDate = date;
      warnings.push(...applyApplicationAndPriorities(record, member));
    }
    record.familyMembers = numbers.filter((_, other) => other !== index);
    record.familySize = numbers.length;
    const familyId = member.attributes['family-id'];
    if (familyId) record.familyId = familyId;
    record.legal.events = legalEvents(member);
    return mapped({ record, warnings });
  });
}

/** Full-text responses name the document in attributes when they carry no bibliographic-data. */
function fulltextPublication(document: XmlElement): DocNumber {
  const biblio = child(document, 'bibliographic-data');
  if (biblio) return publicationOf(biblio).number;
  const { country = '', 'doc-number': docNumber = '', kind = '' } = document.attributes;
  const number = parseDocNumber(`${country}${docNumber}${kind}`);
  if (!number)
    throw new InvalidFieldError(
      'MISSING_PUBLICATION_NUMBER',
      'publication',
      'fulltext-document names no publication',
    );
  return number;
}

function claimsRecord(document: XmlElement, source: SourceRef): PatentRecord {
  const number = fulltextPublication(document);
  const record = emptyRecordFor(number, source);
  const claimsElement =
    childElements(document, 'claims').find((e) => (e.attributes.lang ?? 'EN').toUpperCase() === 'EN') ??
    child(document, 'claims');
  const block = descendants(claimsElement, 'claim-text').map(textOf).join('\n');
  record.claims = splitClaims(block);
  return record;
}

export function mapOpsDocument(root: XmlElement, source: SourceRef, context: ReaderContext): ReadResult[] {
  const members = descendants(root, 'family-member');
  if (members.length > 0) return familyRecords(members, source, context);
  const documents = descendants(root, 'exchange-document');
  if (documents.length > 0)
    return documents.map((document) => mapped(biblioRecord(document, source, context)));
  const fulltexts = descendants(root, 'fulltext-document');
  if (fulltexts.length > 0)
    return fulltexts.map((document) => ({ ok: true, record: claimsRecord(document, source) }));
  throw new InvalidFieldError(
    'NO_PATENT_DATA',
    'document',
    `OPS response <${root.name}> holds no exchange-document, family-member or fulltext-document`,
  );
}
