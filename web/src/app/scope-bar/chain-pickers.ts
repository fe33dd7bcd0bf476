/**
 * Chain → segment → branch pickers: a chain select, then one select holding the chain's tree
 * (segments, and under each its branches indented by level). Choosing applies at once. A branch
 * sets its segment too, so removing the branch chip goes back one level, to the segment.
 */
import { h } from '@web/src/dom/h';
import type { Lang, Translate } from '@web/src/i18n';
import type { Filters } from '@web/src/scope/filters';
import { nameIn } from '@web/src/views/navigation/bilingual';
import {
  type BranchPrecisions,
  flaggedBranchName,
  loadBranchPrecisions,
} from '@web/src/views/navigation/branch-precision';
import { type ChainTree, loadChains, loadChainTree } from './chain-tree';

export interface ChainPickerProps {
  t: Translate;
  lang: Lang;
  filters: Filters;
  onApply(filters: Filters): void;
}

/** Option values of the tree select: the level and the ids it sets. */
const SEGMENT = 'segment|';
const BRANCH = 'branch|';

function labelled(label: string, field: string, control: HTMLElement): HTMLElement {
  return h('label', { attrs: { class: `filter filter-${field}` } }, h('span', null, label), control);
}

function chainSelect(props: ChainPickerProps): HTMLSelectElement {
  const { t, filters } = props;
  const select = h(
    'select',
    {
      attrs: { name: 'scopeChain' },
      on: {
        change: () =>
          props.onApply({
            ...filters,
            chain: select.value || undefined,
            segment: undefined,
            branch: undefined,
          }),
      },
    },
    h('option', { attrs: { value: '' } }, t('scope.anyChain')),
  );
  // A chain named by the URL shows at once; the list fills in when it arrives.
  if (filters.chain)
    select.append(h('option', { attrs: { value: filters.chain, selected: true } }, t('scope.loading')));
  loadChains()
    .then((chains) => {
      const options = chains.map((chain) =>
        h(
          'option',
          { attrs: { value: chain.id, selected: chain.id === filters.chain } },
          nameIn(chain.name, props.lang, chain.id),
        ),
      );
      select.replaceChildren(select.options[0]!, ...options);
    })
    .catch(() => undefined);
  return select;
}

function treeOptions(
  tree: ChainTree,
  props: ChainPickerProps,
  precisions: BranchPrecisions,
): HTMLOptionElement[] {
  const { t, lang, filters } = props;
  const current = filters.branch ?? filters.segment;
  return tree.segments.flatMap((segment) => [
    h(
      'option',
      { attrs: { value: `${SEGMENT}${segment.id}`, selected: current === segment.id } },
      t('scope.segmentOption', { name: nameIn(segment.name, lang, segment.id) }),
    ),
    ...segment.branches.map((branch) =>
      h(
        'option',
        { attrs: { value: `${BRANCH}${segment.id}|${branch.id}`, selected: current === branch.id } },
        // Non-breaking spaces indent the tree inside a native select (it ignores CSS padding).
        `${'\u00a0\u00a0\u00a0'.repeat(branch.level)}${flaggedBranchName(nameIn(branch.name, lang, branch.id), branch.id, precisions, t)}`,
      ),
    ),
  ]);
}

function treeSelect(props: ChainPickerProps): HTMLSelectElement {
  const { t, filters } = props;
  const chain = filters.chain;
  const select = h(
    'select',
    {
      attrs: { name: 'scopeNode', disabled: chain === undefined },
      on: { change: () => props.onApply(nodeChoice(select.value, filters)) },
    },
    h('option', { attrs: { value: '' } }, t('scope.wholeChain')),
  );
  if (chain === undefined) return select;
  // In a project, a branch judged under 80 % precision carries its mark (branch-precision.ts).
  Promise.all([loadChainTree(chain), loadBranchPrecisions(filters.project, chain)])
    .then(([tree, precisions]) => select.append(...treeOptions(tree, props, precisions)))
    .catch(() => undefined);
  return select;
}

function nodeChoice(value: string, filters: Filters): Filters {
  if (value.startsWith(SEGMENT))
    return { ...filters, segment: value.slice(SEGMENT.length), branch: undefined };
  if (value.startsWith(BRANCH)) {
    const [segment, branch] = value.slice(BRANCH.length).split('|');
    return { ...filters, segment, branch };
  }
  return { ...filters, segment: undefined, branch: undefined };
}

export function chainPickers(props: ChainPickerProps): HTMLElement[] {
  return [
    labelled(props.t('scope.chain'), 'chain', chainSelect(props)),
    labelled(props.t('scope.node'), 'node', treeSelect(props)),
  ];
}
