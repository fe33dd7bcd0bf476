/** The body of the patent details panel: everything `GET /api/patents/:id` says, grouped for reading. */
import type { PatentDetail } from '@graph-schema/dto/patent';
import { classCodeList } from '@web/src/graph/class-label';
import { h } from '../dom/h';
import { formatInteger, type Lang, type Translate } from '../i18n';
import { kindText, legalStatusText, sourceLocation } from './patent-format';

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
function familyText(patent: PatentDetail, t: Translate): string | undefined {
  if (!patent.familyId) return undefined;
  return patent.familyKind
    ? `${patent.familyId} — ${t(`patent.familyKind.${patent.familyKind}`)}`
    : patent.familyId;
}

function identity(patent: PatentDetail, t: Translate): HTMLElement {
  return h(
    'dl',
    null,
    ...row(t('patent.number'), patent.id),
    ...row(t('patent.titleZh'), patent.title.zh),
    ...row(t('patent.titleEn'), patent.title.en),
    ...row(t('patent.kind'), kindText(patent)),
    ...row(t('patent.family'), familyText(patent, t)),
  );
}

function datesAndStatus(patent: PatentDetail, t: Translate): HTMLElement {
  const expiry =
    patent.expiryDate &&
    `${patent.expiryDate}${patent.expiryBasis ? ` (${t('patent.expiryBasis', { basis: patent.expiryBasis })})` : ''}`;
  return section(
    t('patent.dates'),
    h(
      'dl',
      null,
      ...row(t('patent.priorityDate'), patent.priorityDate),
      ...row(t('patent.applicationDate'), patent.applicationDate),
      ...row(t('patent.publicationDate'), patent.publicationDate),
      ...row(t('patent.legalStatus'), legalStatusText(patent)),
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

function branches(patent: PatentDetail, t: Translate): HTMLElement | undefined {
  if (patent.branches.length === 0) return undefined;
  const items = patent.branches.map((branch) =>
    h(
      'li',
      null,
      branch.name,
      ' ',
      h('span', { attrs: { class: 'muted' } }, branch.id),
      branch.rule &&
        h('span', { attrs: { class: 'muted' } }, ` · ${t('patent.branchRule', { rule: branch.rule })}`),
    ),
  );
  return section(t('patent.branches'), h('ul', null, ...items));
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

export function patentDetailsBody(patent: PatentDetail, t: Translate, lang: Lang): HTMLElement {
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
    claims(patent, t, lang),
    citationsSection(patent, t, lang),
    exporterCounts(patent, t, lang),
    branches(patent, t),
    abstract && section(t('patent.abstract'), h('p', { attrs: { class: 'abstract' } }, abstract)),
    source(patent, t),
  );
}
