/**
 * The drawer's list sections (issue 12 "Patent drawer"): family members, all claims, the
 * legal-event timeline, citing and cited publications (each opens in the drawer), the branch tags
 * with the rule that matched, and links to public registers. Each takes the API's answer as is.
 */
import type { CitationLink, FamilyMember, MatchedRule, PatentDetail } from '@graph-schema/dto/patent';
import { h } from '../dom/h';
import { formatInteger, type Lang, type Translate } from '../i18n';
import { registerLinks } from './external-links';
import { preferredTitle } from './patent-format';
import { patentLink } from './patent-link';

export type OpenPatent = (id: string) => void;

function section(
  title: string,
  testId: string,
  ...content: (Node | false | null | undefined)[]
): HTMLElement {
  return h(
    'section',
    { attrs: { class: 'patent-section', 'data-testid': testId } },
    h('h3', null, title),
    ...content.filter((part): part is Node => part instanceof Node),
  );
}

const muted = (text: string) => h('p', { attrs: { class: 'muted' } }, text);

function cappedNote(list: { total: number; items: unknown[] }, t: Translate, lang: Lang) {
  return (
    list.total > list.items.length &&
    muted(
      t('drawer.listCapped', {
        shown: formatInteger(list.items.length, lang),
        total: formatInteger(list.total, lang),
      }),
    )
  );
}

function memberRow(member: FamilyMember, current: string, t: Translate, open: OpenPatent) {
  const number =
    member.id === current
      ? h(
          'span',
          null,
          member.id,
          ' ',
          h('span', { attrs: { class: 'muted' } }, `(${t('drawer.thisPatent')})`),
        )
      : member.loaded
        ? patentLink(member.id, t, open)
        : h('span', null, member.id);
  const status = member.loaded
    ? member.legalStatus && t(`drawer.status.${member.legalStatus}`)
    : t('drawer.notLoaded');
  return h(
    'tr',
    { attrs: { 'data-member': member.id } },
    h('td', null, number),
    h('td', null, member.jurisdiction ?? ''),
    h('td', null, member.kind ?? ''),
    h('td', null, status ?? ''),
    h('td', null, member.publicationDate ?? ''),
  );
}

export function familySection(patent: PatentDetail, t: Translate, lang: Lang, open: OpenPatent) {
  const family = patent.familyMembers;
  if (!family) return undefined;
  const head = ['number', 'office', 'kind', 'status', 'published'] as const;
  return section(
    t('drawer.familyMembers', { count: formatInteger(family.total, lang) }),
    'drawer-family',
    family.items.length === 0
      ? muted(t('drawer.familyNone'))
      : h(
          'table',
          { attrs: { class: 'drawer-table' } },
          h(
            'thead',
            null,
            h('tr', null, ...head.map((key) => h('th', { attrs: { scope: 'col' } }, t(`drawer.col.${key}`)))),
          ),
          h('tbody', null, ...family.items.map((member) => memberRow(member, patent.id, t, open))),
        ),
    cappedNote(family, t, lang),
  );
}

export function claimsSection(patent: PatentDetail, t: Translate, lang: Lang) {
  const claims = patent.claims;
  if (!claims) return undefined;
  if (claims.length === 0)
    return section(
      t('drawer.claims', { count: formatInteger(patent.claimsCount ?? 0, lang) }),
      'drawer-claims',
      muted(t('drawer.noClaimText')),
    );
  const items = claims.map((claim) =>
    h(
      'li',
      {
        attrs: {
          class: claim.independent ? 'drawer-claim independent' : 'drawer-claim',
          'data-claim': String(claim.number),
          'data-independent': String(claim.independent),
        },
      },
      h('span', { attrs: { class: 'claim-number' } }, `${claim.number}. `),
      claim.independent
        ? h('span', { attrs: { class: 'badge claim-badge' } }, t('drawer.independent'))
        : h(
            'span',
            { attrs: { class: 'muted' } },
            t('drawer.dependsOn', { claims: claim.dependsOn.join(', ') }),
          ),
      h('p', { attrs: { class: 'claim' } }, claim.text),
    ),
  );
  return section(
    t('drawer.claims', { count: formatInteger(claims.length, lang) }),
    'drawer-claims',
    h('ol', { attrs: { class: 'drawer-claims' } }, ...items),
  );
}

export function legalEventsSection(patent: PatentDetail, t: Translate, lang: Lang) {
  const events = patent.legalEvents;
  if (!events) return undefined;
  return section(
    t('drawer.legalEvents', { count: formatInteger(events.length, lang) }),
    'drawer-events',
    events.length === 0
      ? muted(t('drawer.noLegalEvents'))
      : h(
          'ol',
          { attrs: { class: 'drawer-timeline' } },
          ...events.map((event) =>
            h(
              'li',
              null,
              h('time', null, event.date ?? t('drawer.undated')),
              ' ',
              h('strong', null, event.code),
              event.description && ` — ${event.description}`,
            ),
          ),
        ),
  );
}

function linkItem(link: CitationLink, t: Translate, lang: Lang, open: OpenPatent): HTMLElement {
  const title = preferredTitle(link, lang);
  return h(
    'li',
    null,
    patentLink(link.id, t, open),
    title !== link.id && ` ${title}`,
    link.external && h('span', { attrs: { class: 'muted' } }, ` (${t('drawer.external')})`),
  );
}

export function citationListSection(
  kind: 'cited' | 'citing',
  patent: PatentDetail,
  t: Translate,
  lang: Lang,
  open: OpenPatent,
) {
  const list = kind === 'cited' ? patent.citedPatents : patent.citingPatents;
  if (!list || list.total === 0) return undefined;
  return section(
    t(`drawer.${kind}`, { count: formatInteger(list.total, lang) }),
    `drawer-${kind}`,
    h('ul', { attrs: { class: 'drawer-links' } }, ...list.items.map((link) => linkItem(link, t, lang, open))),
    cappedNote(list, t, lang),
  );
}

/** The rule as a reader checks it: its classes, keywords and exclusions, in the UI language. */
export function ruleText(rule: MatchedRule, t: Translate, lang: Lang): string {
  const list = (items: string[]) => items.join(lang === 'zh' ? '、' : ', ');
  const parts = [
    rule.classificationsInclude.length > 0 &&
      t('drawer.rule.classes', { codes: list(rule.classificationsInclude) }),
    rule.scheme && rule.scheme !== 'any' && t('drawer.rule.scheme', { scheme: rule.scheme }),
    rule.keywordsAny.length > 0 && t('drawer.rule.any', { terms: list(rule.keywordsAny) }),
    rule.keywordsAll.length > 0 && t('drawer.rule.all', { terms: rule.keywordsAll.join(' & ') }),
    [...rule.classificationsExclude, ...rule.keywordsExclude].length > 0 &&
      t('drawer.rule.exclude', { terms: list([...rule.classificationsExclude, ...rule.keywordsExclude]) }),
  ].filter((part): part is string => typeof part === 'string' && part !== '');
  return `${t('drawer.rule', { id: rule.id })}: ${parts.join(lang === 'zh' ? '；' : '; ')}`;
}

/** The branch review page of a branch in the open project (the drawer's deep link names it), if one is open. */
export function branchReviewLink(deepLink: string, lang: Lang, branchId: string): string | undefined {
  const [pathname, search = ''] = deepLink.split('?');
  const project = new URLSearchParams(search).get('project');
  const chain = branchId.split(':')[0];
  if (!project || !chain) return undefined;
  const params = new URLSearchParams({ view: 'branch-review', lang, project, chain, leaf: branchId });
  return `${pathname}?${params.toString()}`;
}

export function branchesSection(
  patent: PatentDetail,
  t: Translate,
  lang: Lang,
  title: string,
  reviewLink?: (branchId: string) => string | undefined,
) {
  if (patent.branches.length === 0) return undefined;
  const items = patent.branches.map((branch) => {
    const review = reviewLink?.(branch.id);
    const rule = branch.ruleDetail
      ? ruleText(branch.ruleDetail, t, lang)
      : branch.rule && `${t('drawer.rule', { id: branch.rule })}: ${t('drawer.rule.gone')}`;
    return h(
      'li',
      { attrs: { 'data-branch': branch.id } },
      h('strong', null, branch.name),
      rule && h('div', { attrs: { class: 'muted branch-rule' } }, rule),
      branch.matchedBy &&
        h('div', { attrs: { class: 'muted' } }, t('drawer.matchedBy', { what: branch.matchedBy })),
      review && h('a', { attrs: { href: review, class: 'branch-review-link' } }, t('review.fromDrawer')),
    );
  });
  return section(title, 'drawer-branches', h('ul', null, ...items));
}

/** Public registers, and the link that reopens this drawer (the page's address with `patent=`). */
export function registersSection(patent: PatentDetail, t: Translate, deepLink: string) {
  const links = registerLinks(patent.id).map((link) =>
    h(
      'li',
      null,
      h(
        'a',
        {
          attrs: {
            href: link.url,
            target: '_blank',
            rel: 'noopener noreferrer',
            'data-register': link.register,
          },
        },
        t(`drawer.register.${link.register}`, { id: patent.id }),
      ),
    ),
  );
  return section(
    t('drawer.registers'),
    'drawer-registers',
    h('ul', null, ...links),
    h(
      'p',
      null,
      h('a', { attrs: { href: deepLink, 'data-testid': 'drawer-deep-link' } }, t('drawer.deepLink')),
    ),
    muted(t('drawer.noDescription')),
  );
}
