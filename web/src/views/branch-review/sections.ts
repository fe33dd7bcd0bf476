/** The parts of the branch review page: the rules in full, the overlap matrix, precision, overrides. */
import type { BranchReviewResponse, Precision, ReviewRule } from '@graph-schema/dto/branch-review';
import { h } from '@web/src/dom/h';
import type { Lang, Translate } from '@web/src/i18n';
import { nameIn } from '../navigation/bilingual';

const list = (items: readonly string[] | undefined, t: Translate) =>
  items && items.length > 0 ? items.join(', ') : t('review.rule.none');

function ruleBlock(rule: ReviewRule, index: number, t: Translate): HTMLElement {
  const row = (label: string, value: string) => h('tr', null, h('th', null, label), h('td', null, value));
  return h(
    'div',
    { attrs: { class: 'review-rule', 'data-rule': rule.id } },
    // Rules are tried in this order; the first that matches tags the patent.
    h('h4', null, t('review.rule.n', { n: index + 1 })),
    h(
      'table',
      { attrs: { class: 'data-table' } },
      h(
        'tbody',
        null,
        row(t('review.rule.include'), list(rule.classifications?.include, t)),
        row(t('review.rule.exclude'), list(rule.classifications?.exclude, t)),
        row(t('review.rule.any'), list(rule.keywords?.any, t)),
        row(t('review.rule.all'), list(rule.keywords?.all, t)),
        row(t('review.rule.keywordExclude'), list(rule.keywords?.exclude, t)),
      ),
    ),
  );
}

export function rulesSection(review: BranchReviewResponse, t: Translate): HTMLElement {
  const vocabularies = Object.entries(review.vocabularies).map(([name, words]) =>
    h('li', null, h('code', { attrs: { translate: 'no' } }, `@${name}`), ` = ${words.join(', ')}`),
  );
  return h(
    'section',
    { attrs: { class: 'review-rules' } },
    h('h3', null, t('review.rules')),
    ...review.rules.map((rule, index) => ruleBlock(rule, index, t)),
    h('h4', null, t('review.vocabularies')),
    h('ul', null, ...vocabularies),
  );
}

export function overlapSection(review: BranchReviewResponse, lang: Lang, t: Translate): HTMLElement {
  const names = review.overlap.branches.map((row) => nameIn(row.name, lang, row.branch));
  return h(
    'section',
    { attrs: { class: 'review-overlap' } },
    h('h3', null, t('review.overlap')),
    h(
      'table',
      { attrs: { class: 'data-table overlap-matrix' } },
      h('thead', null, h('tr', null, h('th', null, ''), ...names.map((name) => h('th', null, name)))),
      h(
        'tbody',
        null,
        ...review.overlap.both.map((cells, i) =>
          h(
            'tr',
            null,
            h('th', null, names[i] ?? ''),
            ...cells.map((n, j) =>
              h('td', { attrs: { class: i === j ? 'diagonal' : n > 0 ? 'overlap' : '' } }, String(n)),
            ),
          ),
        ),
      ),
    ),
  );
}

const percent = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)} %`);

export function precisionSection(precision: Precision, t: Translate): HTMLElement {
  const text =
    precision.estimate === null
      ? t('review.precision.unreviewed')
      : t('review.precisionValue', {
          estimate: percent(precision.estimate),
          low: percent(precision.low),
          high: percent(precision.high),
          judged: precision.judged,
          correct: precision.correct,
        });
  return h(
    'section',
    { attrs: { class: 'review-precision', 'data-flag': precision.precisionFlag } },
    h('h3', null, t('review.precision')),
    h('p', { attrs: { class: 'precision-value' } }, text),
    h(
      'p',
      { attrs: { class: `precision-flag flag-${precision.precisionFlag}` } },
      t(`review.flag.${precision.precisionFlag}`),
    ),
  );
}

export interface OverrideActions {
  undo(family: string): void;
  openPatent(patentId: string): void;
}

/**
 * Each hand include/exclude names the family by the publication the analyst knows (it opens the
 * drawer), then its title; the family id stays in `data-family` only, as elsewhere in the app.
 */
export function overridesSection(
  review: BranchReviewResponse,
  t: Translate,
  actions: OverrideActions,
): HTMLElement {
  const items = review.overrides.map((o) =>
    h(
      'li',
      { attrs: { 'data-family': o.family } },
      o.patentId
        ? h(
            'button',
            {
              attrs: { type: 'button', class: 'button-link override-patent' },
              on: { click: () => actions.openPatent(o.patentId!) },
            },
            o.patentId,
          )
        : t('review.override.notLoaded'),
      o.title ? ` ${o.title}` : '',
      ' — ',
      t('review.override.by', { action: t(`review.override.${o.action}`), who: o.who, why: o.why }),
      ' ',
      h(
        'button',
        { attrs: { type: 'button', class: 'button-link' }, on: { click: () => actions.undo(o.family) } },
        t('review.override.undo'),
      ),
    ),
  );
  return h(
    'section',
    { attrs: { class: 'review-overrides' } },
    h('h3', null, t('review.overrides')),
    items.length > 0 ? h('ul', null, ...items) : h('p', null, t('review.overrides.none')),
  );
}
