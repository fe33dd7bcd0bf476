/**
 * The details panel of a clicked cell: its counts, growth and RTA, then the families behind it
 * (GET /api/maps/bubble-matrix/cell), each opening the patent drawer, and the request as evidence.
 */
import type {
  BubbleMatrixCell,
  BubbleMatrixCellResponse,
  BubbleMatrixResponse,
} from '@graph-schema/dto/bubble-matrix';
import { h } from '@web/src/dom/h';
import { formatInteger, type Lang, localeOf, type Translate } from '@web/src/i18n';
import { patentLink } from '@web/src/patent/patent-link';
import { columnText } from './model';

function percent(value: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  }).format(value);
}

function ratio(value: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2 }).format(value);
}

function statList(
  matrix: BubbleMatrixResponse,
  cell: BubbleMatrixCell,
  t: Translate,
  lang: Lang,
): HTMLElement {
  const undefinedText = t('bubble.cell.undefined');
  const entries: [string, string][] = [[t('bubble.cell.families'), formatInteger(cell.families, lang)]];
  if (matrix.window) {
    const { recentFrom, recentTo, earlierFrom, earlierTo } = matrix.window;
    entries.push(
      [t('bubble.cell.recent', { from: recentFrom, to: recentTo }), formatInteger(cell.recent, lang)],
      [t('bubble.cell.earlier', { from: earlierFrom, to: earlierTo }), formatInteger(cell.earlier, lang)],
    );
  }
  entries.push(
    [t('bubble.cell.growth'), cell.growth === null ? undefinedText : percent(cell.growth, lang)],
    [t('bubble.cell.rta'), cell.rta === null ? undefinedText : ratio(cell.rta, lang)],
  );
  return h('dl', null, ...entries.flatMap(([term, value]) => [h('dt', null, term), h('dd', null, value)]));
}

export function cellTitle(
  matrix: BubbleMatrixResponse,
  cell: BubbleMatrixCell,
  t: Translate,
  lang: Lang,
): string {
  const applicant = matrix.rows.find((row) => row.key === cell.applicant)?.name ?? cell.applicant;
  return t('bubble.cellTitle', { applicant, column: columnText(matrix, cell.column, lang) });
}

/** The request and the Cypher that give a list, for a reader who wants to reproduce it. */
export function evidenceBlock(evidence: { path: string; cypher: string }, t: Translate): HTMLElement {
  return h(
    'details',
    { attrs: { class: 'bubble-evidence' } },
    h('summary', null, t('bubble.evidence')),
    h('code', { attrs: { translate: 'no' } }, `GET ${evidence.path}`),
    h('code', { attrs: { translate: 'no' } }, evidence.cypher.trim()),
  );
}

export function familyListBlock(
  list: BubbleMatrixCellResponse,
  t: Translate,
  lang: Lang,
  openPatent: (id: string) => void,
): HTMLElement {
  const items = list.families.map((family) =>
    h(
      'li',
      { attrs: { 'data-family': family.familyId } },
      patentLink(family.representativeId, t, openPatent),
      h('span', { attrs: { class: 'muted' } }, ` ${family.year ?? '—'} `),
      h(
        'span',
        null,
        (lang === 'zh' ? (family.titleZh ?? family.titleEn) : (family.titleEn ?? family.titleZh)) ?? '',
      ),
    ),
  );
  const cut = list.truncated
    ? h(
        'p',
        { attrs: { class: 'muted' } },
        t('bubble.cell.cut', { shown: list.families.length, total: list.total }),
      )
    : null;
  return h(
    'div',
    { attrs: { class: 'bubble-cell-families' } },
    h('h3', null, t('bubble.cell.list')),
    h('ol', { attrs: { class: 'neighbours' } }, ...items),
    cut,
    evidenceBlock(list.evidence, t),
  );
}

/** The panel body: the statistics at once, and the host the family list is loaded into. */
export function cellBody(matrix: BubbleMatrixResponse, cell: BubbleMatrixCell, t: Translate, lang: Lang) {
  const listHost = h('div', { attrs: { class: 'bubble-cell-list' } });
  return { body: h('div', null, statList(matrix, cell, t, lang), listHost), listHost };
}
