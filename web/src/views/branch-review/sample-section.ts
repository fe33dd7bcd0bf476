/** The sample to judge: seed and size, who/why fields, and per hit correct / incorrect / exclude. */
import type {
  BranchReviewResponse,
  BranchSampleResponse,
  JudgementInput,
  OverrideInput,
} from '@graph-schema/dto/branch-review';
import { h } from '@web/src/dom/h';
import type { ViewContext } from '../types';

export interface SampleActions {
  redraw(seed: number, n: number): void;
  judge(input: JudgementInput): void;
  override(input: OverrideInput): void;
}

const field = (label: string, input: HTMLInputElement) =>
  h('label', { attrs: { class: 'tool' } }, h('span', null, label), input);

export function sampleSection(
  sample: BranchSampleResponse,
  review: BranchReviewResponse,
  context: ViewContext,
  actions: SampleActions,
): HTMLElement {
  const { t, lang } = context;
  const seed = h('input', { attrs: { name: 'seed', type: 'number', min: 0, value: sample.seed } });
  const size = h('input', { attrs: { name: 'n', type: 'number', min: 1, max: 200, value: sample.n } });
  const who = h('input', { attrs: { name: 'who', type: 'text', value: '', autocomplete: 'name' } });
  const why = h('input', {
    attrs: { name: 'why', type: 'text', value: '', placeholder: t('review.whyPrompt') },
  });
  const excluded = new Set(review.overrides.filter((o) => o.action === 'exclude').map((o) => o.family));
  const button = (label: string, cls: string, onClick: () => void) =>
    h('button', { attrs: { type: 'button', class: `button ${cls}` }, on: { click: onClick } }, label);
  const rows = sample.hits.map((hit) => {
    const title =
      (lang === 'zh' ? hit.title.zh : hit.title.en) ?? hit.title.zh ?? hit.title.en ?? hit.patentId;
    const judge = (verdict: JudgementInput['verdict']) => () =>
      actions.judge({ family: hit.family, verdict, who: who.value.trim() || '-', note: why.value.trim() });
    return h(
      'li',
      { attrs: { class: 'sample-hit', 'data-family': hit.family, 'data-verdict': hit.verdict ?? 'none' } },
      h(
        'button',
        {
          attrs: { type: 'button', class: 'button-link' },
          on: { click: () => context.openPatent(hit.patentId) },
        },
        title,
      ),
      h('span', { attrs: { class: 'verdict' } }, t(`review.verdict.${hit.verdict ?? 'none'}`)),
      button(t('review.correct'), 'judge-correct', judge('correct')),
      button(t('review.incorrect'), 'judge-incorrect', judge('incorrect')),
      excluded.has(hit.family)
        ? ''
        : button(t('review.exclude'), 'override-exclude', () =>
            actions.override({
              family: hit.family,
              action: 'exclude',
              who: who.value.trim() || '-',
              why: why.value.trim(),
            }),
          ),
    );
  });
  return h(
    'section',
    { attrs: { class: 'review-sample' } },
    h('h3', null, t('review.sample')),
    h(
      'div',
      { attrs: { class: 'toolbar' } },
      field(t('review.seed'), seed),
      field(t('review.size'), size),
      button(t('review.redraw'), 'redraw', () =>
        actions.redraw(Number(seed.value) || 0, Number(size.value) || 25),
      ),
      field(t('review.who'), who),
      field(t('review.why'), why),
    ),
    h(
      'p',
      null,
      t('review.population', { n: sample.hits.length, population: sample.population, seed: sample.seed }),
    ),
    h('ol', { attrs: { class: 'sample-list' } }, ...rows),
  );
}
