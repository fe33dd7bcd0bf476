/** Chains → the chain's applicants (pickers, default target) → gaps and the target-RTA panorama, in parallel. */
import type { ChainPanoramaResponse } from '@graph-schema/dto/chains';
import type { GapsResponse } from '@graph-schema/dto/gaps';
import type { ApplicantsResponse } from '@graph-schema/dto/landscape-actors';
import { fetchApplicants, fetchChains, fetchGaps, fetchPanorama } from '@web/src/api/navigation';
import type { Filters } from '@web/src/scope/filters';
import { type ChainSummary, chooseChain } from '../navigation/chain-choice';
import type { GapsParams } from './params';

const APPLICANT_CHOICES = 50;

export interface GapsData {
  chains: ChainSummary[];
  chain: ChainSummary;
  applicants: ApplicantsResponse;
  gaps: GapsResponse;
  panorama: ChainPanoramaResponse;
}

/** Undefined when there is no chain, or no applicant in the chain to take as the target. */
export async function loadGapsData(
  filters: Filters,
  params: GapsParams,
  signal: AbortSignal,
): Promise<GapsData | undefined> {
  const { chains } = await fetchChains(signal);
  const chain = chooseChain(chains, filters.chain);
  if (!chain) return undefined;
  const applicants = await fetchApplicants({ ...filters, chain: chain.id }, APPLICANT_CHOICES, signal);
  const target = params.applicant ?? applicants.ranking[0]?.key;
  if (!target) return undefined;
  const request = {
    chain: chain.id,
    applicant: target,
    competitors: params.competitors,
    competitorRatio: params.ratio,
  };
  const [gaps, panorama] = await Promise.all([
    fetchGaps(request, filters, signal),
    fetchPanorama(chain.id, filters, target, signal),
  ]);
  return { chains, chain, applicants, gaps, panorama };
}
