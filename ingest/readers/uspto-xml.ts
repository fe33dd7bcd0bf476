/**
 * USPTO full-text XML v4.x (2005+): `us-patent-grant` and `us-patent-application` documents.
 * Parties moved between versions (v4.0–4.2 `parties/applicants/applicant` where inventors are
 * `applicant-inventor`; v4.3+ `us-parties/us-applicants` + `inventors`), citations too
 * (`references-cited/citation` → `us-references-cited/us-citation`); both spellings are read.
 * Priorities include provisional and parent applications (uspto-priorities.ts); non-patent
 * citations are counted and kept as text (xml-references.ts).
 */
import type { Claim } from '@graph-schema/vocabulary/claims';
import { makeClaim } from '../normalise/claims';
import { parseClassification } from '../normalise/classification';
import { makeParties } from '../normalise/parties';
import { patentType } from '../normalise/patent-type';
import { InvalidFieldError } from '../normalise/text';
import type { PatentRecord, ReadResult, SourceRef } from '../record';
import type { ReaderContext } from './types';
import { usPriorities } from './uspto-priorities';
import { documentId, earliestPriorityDate, splitClassification, uniqueClassifications } from './xml-fields';
import { citedReferences } from './xml-references';
import {
  child,
  childElements,
  childText,
  descendants,
  localName,
  path,
  textOf,
  type XmlElement,
} from './xml-tree';

/** `Last First` (the DOCDB order Lens also uses) or the organisation name. */
function addressbookName(party: XmlElement): string {
  const book = child(party, 'addressbook') ?? party;
  const organisation = childText(book, 'orgname');
  if (organisation) return organisation;
  return [childText(book, 'last-name'), childText(book, 'first-name')].filter(Boolean).join(' ');
}

function partyNames(elements: XmlElement[]): string[] {
  return elements.map(addressbookName).filter(Boolean);
}

function parties(
  biblio: XmlElement,
  context: ReaderContext,
): Pick<PatentRecord, 'applicants' | 'owners' | 'inventors'> {
  const applicantElements = [...descendants(biblio, 'applicant'), ...descendants(biblio, 'us-applicant')];
  const inventorElements = descendants(biblio, 'inventor');
  const isInventor = (element: XmlElement) => element.attributes['app-type'] === 'applicant-inventor';
  const inventors = inventorElements.length > 0 ? inventorElements : applicantElements.filter(isInventor);
  const assignees = partyNames(descendants(biblio, 'assignee'));
  const declaredApplicants = partyNames(applicantElements.filter((element) => !isInventor(element)));
  // Before the AIA (2012) the inventors were the applicants; analysis wants the assignee there.
  const applicants =
    declaredApplicants.length > 0
      ? declaredApplicants
      : assignees.length > 0
        ? assignees
        : partyNames(inventors);
  return {
    applicants: makeParties(applicants, 'applicant', context.aliases),
    owners: makeParties(assignees, 'owner', context.aliases),
    inventors: makeParties(partyNames(inventors), 'inventor', context.aliases),
  };
}

function classifications(biblio: XmlElement) {
  const ipcr = descendants(child(biblio, 'classifications-ipcr'), 'classification-ipcr').map((e) =>
    splitClassification(e, 'IPC'),
  );
  const ipc7 = childElements(child(biblio, 'classification-ipc'))
    .filter((e) => localName(e) === 'main-classification' || localName(e) === 'further-classification')
    .map((e) => parseClassification(textOf(e), 'IPC'));
  const cpc = descendants(child(biblio, 'classifications-cpc'), 'classification-cpc').map((e) =>
    splitClassification(e, 'CPC'),
  );
  return uniqueClassifications([...ipcr, ...ipc7, ...cpc]);
}

/** Claims with dependencies from `<claim-ref idref="CLM-00001">`, plus any the text names. */
export function xmlClaims(claimsElement: XmlElement | undefined): Claim[] {
  return childElements(claimsElement, 'claim').map((claim, index) => {
    const number = Number(claim.attributes.num ?? index + 1) || index + 1;
    const text = textOf(claim).replace(/^\d+\s*\.\s*/, '');
    const parsed = makeClaim(number, text);
    const referenced = descendants(claim, 'claim-ref')
      .map((ref) => Number(/(\d+)$/.exec(ref.attributes.idref ?? '')?.[1]))
      .filter((value) => value >= 1 && value < number);
    parsed.dependsOn = [...new Set([...parsed.dependsOn, ...referenced])].sort((a, b) => a - b);
    return parsed;
  });
}

export function mapUsptoDocument(root: XmlElement, source: SourceRef, context: ReaderContext): ReadResult[] {
  const isGrant = localName(root) === 'us-patent-grant';
  const biblio = child(root, isGrant ? 'us-bibliographic-data-grant' : 'us-bibliographic-data-application');
  if (!biblio)
    throw new InvalidFieldError('NO_PATENT_DATA', 'document', `<${root.name}> has no bibliographic data`);
  const publication = documentId(path(biblio, 'publication-reference', 'document-id'));
  if (!publication.number)
    throw new InvalidFieldError('MISSING_PUBLICATION_NUMBER', 'publication', 'no publication document-id');
  const application = documentId(path(biblio, 'application-reference', 'document-id'), 'application');
  const { priorities, warnings: priorityWarnings } = usPriorities(biblio);
  const references = citedReferences(
    child(biblio, 'us-references-cited') ?? child(biblio, 'references-cited'),
  );
  const { number } = publication;
  const claims = xmlClaims(child(root, 'claims'));
  const record: PatentRecord = {
    publication: number,
    priorities,
    type: patentType(number.office, number.kind, number.number),
    isGrant,
    title: { en: childText(biblio, 'invention-title') },
    abstract: textOf(child(root, 'abstract')) ? { en: textOf(child(root, 'abstract')) } : {},
    claims,
    ...parties(biblio, context),
    classifications: classifications(biblio),
    citations: references.citations,
    citedBy: [],
    familyMembers: [],
    // Full text says granted or published, not whether the right is still in force.
    legal: { status: 'unknown', events: [] },
    source,
  };
  if (application.number) record.application = application.number;
  if (application.date) record.applicationDate = application.date;
  if (publication.date) record.publicationDate = publication.date;
  if (isGrant && publication.date) record.grantDate = publication.date;
  const earliest = earliestPriorityDate(priorities);
  if (earliest) record.priorityDate = earliest;
  const claimsCount = Number(childText(biblio, 'number-of-claims'));
  if (claimsCount > 0) record.claimsCount = claimsCount;
  if (references.nplCitationCount > 0) {
    record.nplCitations = references.nplCitations;
    record.nplCitationCount = references.nplCitationCount;
  }
  const warnings = [...priorityWarnings, ...references.warnings];
  return [warnings.length > 0 ? { ok: true, record, warnings } : { ok: true, record }];
}
