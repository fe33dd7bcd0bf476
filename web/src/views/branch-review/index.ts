/**
 * Branch tagging review (issue 13): pick a branch of a chain, read its rules in full and its overlap
 * with its siblings, judge a seeded random sample of its hits (the precision and its interval are
 * recorded with the project), include or exclude patents by hand, and edit the branch's rule with a
 * live preview, saved versions and a re-tag (rule-editor.ts). Needs an open project.
 */
import type { BranchReviewResponse, BranchSampleResponse } from '@graph-schema/dto/branch-review';
import type { ChainPanoramaResponse } from '@graph-schema/dto/chains';
import type { RuleVersionsResponse } from '@graph-schema/dto/rule-versions';
import {
  type BranchPlace,
  deleteOverride,
  fetchBranchReview,
  fetchBranchSample,
  postJudgement,
  postOverride,
} from '@web/src/api/branch-review';
import { fetchChains, fetchPanorama } from '@web/src/api/navigation';
import { fetchRuleVersions, importChainRules } from '@web/src/api/rule-versions';
import { h } from '@web/src/dom/h';
import { readableErrorLine } from '@web/src/widgets/status';
import { loadInto } from '../load';
import { nameIn } from '../navigation/bilingual';
import { forgetBranchPrecisions } from '../navigation/branch-precision';
import type { ChainSummary } from '../navigation/chain-choice';
import { chooseChain } from '../navigation/chain-choice';
import { chainPicker } from '../navigation/chain-picker';
import { selectTool } from '../navigation/controls';
import type { ViewContext, ViewInstance } from '../types';
import { type RuleEditorActions, ruleEditorSection } from './rule-editor';
import { sampleSection } from './sample-section';
import { overlapSection, overridesSection, precisionSection, rulesSection } from './sections';

interface ReviewData {
  chains: ChainSummary[];
  place: BranchPlace;
  leaves: { id: string; label: string }[];
  review: BranchReviewResponse;
  sample: BranchSampleResponse;
  versions: RuleVersionsResponse;
}

const numberParam = (value: string | undefined, fallback: number) =>
  value !== undefined && /^\d+$/.test(value) ? Number(value) : fallback;

function leavesOf(panorama: ChainPanoramaResponse, context: ViewContext) {
  return panorama.segments.flatMap((segment) =>
    segment.branches
      .filter((branch) => branch.isLeaf)
      .map((branch) => ({
        id: branch.id,
        label: `${nameIn(branch.name, context.lang, branch.id)} (${branch.families})`,
      })),
  );
}

async function load(
  context: ViewContext,
  project: string,
  signal: AbortSignal,
): Promise<ReviewData | undefined> {
  const { chains } = await fetchChains(context.filters, signal);
  const chain = chooseChain(chains, context.filters.chain);
  if (!chain) return undefined;
  const leaves = leavesOf(await fetchPanorama(chain.id, context.filters, undefined, signal), context);
  const params = context.viewParams();
  // `leaf`, not `branch`: `branch` is a scope filter of the URL and would narrow the panorama.
  const branch = leaves.find((leaf) => leaf.id === params.leaf)?.id ?? leaves[0]?.id;
  if (!branch) return undefined;
  const place = { project, chain: chain.id, branch };
  const seed = numberParam(params.seed, 1);
  const n = numberParam(params.n, 25);
  const [review, sample, versions] = await Promise.all([
    fetchBranchReview(place, signal),
    fetchBranchSample(place, seed, n, signal),
    fetchRuleVersions(place, signal),
  ]);
  return { chains, place, leaves, review, sample, versions };
}

export function mount(container: HTMLElement, context: ViewContext): ViewInstance {
  const { t } = context;
  const host = h('div', { attrs: { class: 'nav-view branch-review' } });
  container.replaceChildren(host);
  const project = context.project?.id;
  if (project === undefined) {
    host.replaceChildren(h('p', { attrs: { class: 'empty' } }, t('review.needProject')));
    return { destroy: () => host.remove() };
  }
  const status = h('p', { attrs: { class: 'review-status', role: 'status' } });
  const reload = () =>
    loadInto(host, t, context.signal, {
      load: (signal) => load(context, project, signal),
      isEmpty: (data) => data === undefined,
      render: (data) => render(data!),
    });
  const act = (work: () => Promise<unknown>, done?: (result: unknown) => string) => {
    work()
      .then((result) => {
        status.textContent = done ? done(result) : '';
        reload();
      })
      .catch((error) => {
        status.textContent = t('review.failed', { reason: readableErrorLine(error, t) });
      });
  };
  const ruleActions = (place: BranchPlace): RuleEditorActions => ({
    act,
    importFile: (text) => {
      let file: unknown;
      try {
        file = JSON.parse(String(text));
      } catch {
        status.textContent = t('rules.badFile');
        return;
      }
      act(
        () => importChainRules(place.project, place.chain, file),
        (result) => {
          const { saved, retagged } = result as { saved: number; retagged: unknown[] };
          return t('rules.imported', { saved, retagged: retagged.length });
        },
      );
    },
  });
  const render = (data: ReviewData) => {
    const { review, place } = data;
    const toolbar = h(
      'div',
      { attrs: { class: 'toolbar', role: 'toolbar' } },
      chainPicker(data.chains, place.chain, context),
      selectTool(
        t('review.branch'),
        'branch',
        data.leaves.map((leaf) => [leaf.id, leaf.label] as const),
        place.branch,
        (branch) => {
          context.setViewParams({ leaf: branch });
          reload();
        },
      ),
    );
    const counts = h('p', { attrs: { class: 'totals review-counts' } }, t('review.counts', review.counts));
    host.replaceChildren(
      toolbar,
      counts,
      status,
      precisionSection(review.precision, t),
      rulesSection(review, t),
      ruleEditorSection(data.versions, place, context.lang, t, ruleActions(place)),
      overlapSection(review, context.lang, t),
      sampleSection(data.sample, review, context, {
        redraw: (seed, n) => {
          context.setViewParams({ seed: String(seed), n: String(n) });
          reload();
        },
        // A judgement moves the branch's precision: the other views' flags read it again.
        judge: (input) => act(() => postJudgement(place, input).finally(forgetBranchPrecisions)),
        override: (input) => act(() => postOverride(place, input)),
      }),
      overridesSection(review, t, {
        undo: (family) => act(() => deleteOverride(place, family)),
        openPatent: context.openPatent,
      }),
    );
  };
  reload();
  return { destroy: () => host.remove() };
}
