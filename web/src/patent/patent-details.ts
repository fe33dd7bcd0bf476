/** The body of the patent details panel: everything `GET /api/patents/:id` says, grouped for reading. */
import type { PatentDetail } from '@graph-schema/dto/patent';
import { classCodeList } from '@web/src/graph/class-label';
import { h } from '../dom/h';
import { formatInteger, type Lang, type Translate } from '../i18n';
import { expiryBasisText } from './expiry-basis';
import { familyNumber, kindText, legalStatusText, sourceLocation } from './patent-format';
import {
  branchesSection,
  branchReviewLink,
  citationListSection,
  claimsSection,
  familySection,
  legalEventsSection,
  type OpenPatent,
  registersSection,
} from './patent-sections';

type Rows = HTMLElement[];

/** A term/value pair; left out entirely when there is no value, so the list shows only facts. */
function row(term: string, value: Node | string | undefined | null): Rows {
  if (value === undefined || value === null || value === '') return [];
  return [h('dt', null, term), h('dd', null, value)];
}

function section(title: string, ...content: (Node | false | null | undefined | '')[]): HTMLElement {
  return h(
    'section',
    { attrs: { class: 'patent-section' } },
    h('h3', null, title),
    ...content.filter((part): part is Node => part instanceof Node),
  );
}

function names(list: { name: string }[]): string | undefined {
  return list.length > 0 ? list.map((item) => item.name).join('; ') : undefined;
}

function codes(list: string[]): HTMLElement | undefined {
  if (list.length === 0) return undefined;
  return classCodeList(list);
}

/** The family key with how it was formed, so a reader can tell an exporter's family from a computed one. */
/** The family's number (data, like a publication number: marked translate="no") and how it was formed. */
function familyText(patent: PatentDetail, t: Translate): HTMLElement | undefined {
  if (!patent.familyId) return undefined;
  const number = h(
    'span',
    { attrs: { translate: 'no', 'data-family-id': patent.familyId } },
    familyNumber(patent.familyId),
  );
  const kind = patent.familyKind && ` — ${t(`patent.familyKind.${patent.familyKind}`)}`;
  return h('span', null, number, kind || false);
}

function identity(patent: PatentDetail, t: Translate): HTMLElement {
  return h(
    'dl',
    null,
    ...row(t('patent.number'), patent.id),
    ...row(t('patent.titleZh'), patent.title.zh),
    ...row(t('patent.titleEn'), patent.title.en),
    ...row(
      t('patent.kind'),
      kindText(patent, (type) => t(`patent.type.${type}`)),
    ),
    ...row(t('patent.family'), familyText(patent, t)),
  );
}

function datesAndStatus(patent: PatentDetail, t: Translate): HTMLElement {
  const expiry =
    patent.expiryDate &&
    `${patent.expiryDate}${patent.expiryBasis ? ` (${t('patent.expiryBasis', { basis: expiryBasisText(patent.expiryBasis, t) })})` : ''}`;
  return section(
    t('patent.dates'),
    h(
      'dl',
      null,
      ...row(t('patent.priorityDate'), patent.priorityDate),
      ...row(t('patent.applicationDate'), patent.applicationDate),
      ...row(t('patent.publicationDate'), patent.publicationDate),
      ...row(
        t('patent.legalStatus'),
        legalStatusText(patent, (status) => t(`drawer.status.${status}`)),
      ),
      ...row(t('patent.expiry'), expiry),
    ),
  );
}

function parties(patent: PatentDetail, t: Translate): HTMLElement {
  return h(
    'dl',
    null,
    ...row(t('patent.applicants'), names(patent.applicants)),
    ...row(t('patent.owners'), names(patent.owners)),
    ...row(t('patent.inventors'), names(patent.inventors)),
  );
}

function claims(patent: PatentDetail, t: Translate, lang: Lang): HTMLElement | undefined {
  if (!patent.claim1) return undefined;
  return section(
    t('patent.claim1'),
    h('p', { attrs: { class: 'claim' } }, patent.claim1),
    patent.claimsCount !== null &&
      h(
        'p',
        { attrs: { class: 'muted' } },
        t('patent.claimsCount', { count: formatInteger(patent.claimsCount, lang) }),
      ),
  );
}

/** What the export counted and the graph cannot: citing documents elsewhere, members not loaded, claims without text. */
function exporterCounts(patent: PatentDetail, t: Translate, lang: Lang): HTMLElement | undefined {
  const counts = patent.exporterCounts;
  const shown = (value: number | null) => (value === null ? undefined : formatInteger(value, lang));
  if (counts.citedBy === null && counts.familySize === null && counts.claimsCount === null) return undefined;
  return section(
    t('patent.exporterCounts'),
    h(
      'dl',
      null,
      ...row(t('patent.exportedCitedBy'), shown(counts.citedBy)),
      ...row(t('patent.exportedFamilySize'), shown(counts.familySize)),
      ...row(t('patent.exportedClaimsCount'), shown(counts.claimsCount)),
    ),
    h(
      'p',
      { attrs: { class: 'muted' } },
      t('patent.exporterBasis', { exporter: counts.exporter ?? '—', loadedOn: counts.loadedOn ?? '—' }),
    ),
  );
}

function source(patent: PatentDetail, t: Translate): HTMLElement | undefined {
  const location = sourceLocation(patent.source);
  if (!location && !patent.source.format) return undefined;
  return section(
    t('patent.source'),
    location && h('p', null, h('code', { attrs: { class: 'source-location' } }, location)),
    patent.source.format &&
      h('p', { attrs: { class: 'muted' } }, t('patent.sourceFormat', { format: patent.source.format })),
  );
}

/** Backward and forward patent citations, then the non-patent literature the source listed. */
function citationsSection(patent: PatentDetail, t: Translate, lang: Lang): HTMLElement {
  const counts = t('patent.citationCounts', {
    cites: formatInteger(patent.citations, lang),
    citedBy: formatInteger(patent.citedBy, lang),
  });
  const npl = patent.nplCitationCount;
  return section(
    t('patent.citations'),
    h('p', null, counts),
    npl !== null &&
      h(
        'details',
        { attrs: { class: 'npl-citations' } },
        h('summary', null, t('patent.nplCitationCount', { count: formatInteger(npl, lang) })),
        h('ol', null, ...patent.nplCitations.map((text) => h('li', null, text))),
      ),
  );
}

/** How the body links onwards: other patents open in the same drawer; `deepLink` reopens this one. */
export interface DetailsLinks {
  open: OpenPatent;
  deepLink: string;
}

export function patentDetailsBody(
  patent: PatentDetail,
  t: Translate,
  lang: Lang,
  links: DetailsLinks,
): HTMLElement {
  const abstract =
    lang === 'zh' ? (patent.abstract.zh ?? patent.abstract.en) : (patent.abstract.en ?? patent.abstract.zh);
  return h(
    'div',
    { attrs: { class: 'patent-details', 'data-patent-id': patent.id } },
    patent.external && h('p', { attrs: { class: 'notice' } }, t('patent.external')),
    identity(patent, t),
    parties(patent, t),
    datesAndStatus(patent, t),
    section(t('patent.cpc'), codes(patent.cpc) ?? h('p', { attrs: { class: 'muted' } }, t('patent.unknown'))),
    patent.ipc.length > 0 && section(t('patent.ipc'), codes(patent.ipc)),
    familySection(patent, t, lang, links.open),
    abstract && section(t('patent.abstract'), h('p', { attrs: { class: 'abstract' } }, abstract)),
    // All claims when the export had their text; else claim 1 alone (older answers, stubs).
    patent.claims && patent.claims.length > 0 ? claimsSection(patent, t, lang) : claims(patent, t, lang),
    legalEventsSection(patent, t, lang),
    citationsSection(patent, t, lang),
    citationListSection('cited', patent, t, lang, links.open),
    citationListSection('citing', patent, t, lang, links.open),
    exporterCounts(patent, t, lang),
    branchesSection(patent, t, lang, t('patent.branches'), (id) =>
      branchReviewLink(links.deepLink, lang, id),
    ),
    registersSection(patent, t, links.deepLink),
    source(patent, t),
  );
}
