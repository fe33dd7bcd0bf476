/** The industry-chain select of the navigation views; choosing a chain sets the `chain` scope filter. */
import type { Lang, Translate } from '@web/src/i18n';
import type { ViewContext } from '../types';
import { nameIn } from './bilingual';
import type { ChainSummary } from './chain-choice';
import { selectTool } from './controls';
import { formatInteger } from './format';

export function chainPicker(
  chains: readonly ChainSummary[],
  current: string,
  context: ViewContext,
): HTMLElement {
  return selectTool(
    context.t('nav.chain'),
    'chain',
    chains.map((chain) => [chain.id, chainLabel(chain, context.t, context.lang)] as const),
    current,
    (chain) => context.setFilters({ chain, segment: undefined, branch: undefined }),
  );
}

function chainLabel(chain: ChainSummary, t: Translate, lang: Lang): string {
  return t('nav.chainOption', {
    name: nameIn(chain.name, lang, chain.id),
    families: formatInteger(chain.families, lang),
  });
}
