/** Which industry chain a navigation view shows. Pure. */
import type { ChainListResponse } from '@graph-schema/dto/chains';

export type ChainSummary = ChainListResponse['chains'][number];

/**
 * The chain in the scope filter when it exists; otherwise the chain with the most families (an
 * empty chain would only show an empty map), or the first one when all are empty.
 */
export function chooseChain(
  chains: readonly ChainSummary[],
  asked: string | undefined,
): ChainSummary | undefined {
  const exact = chains.find((chain) => chain.id === asked);
  if (exact) return exact;
  return [...chains].sort((a, b) => b.families - a.families || a.id.localeCompare(b.id))[0];
}
