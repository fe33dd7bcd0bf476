/** Chains → the chain's applicants (pickers, default target) → gaps and the target-RTA panorama, in parallel. */
import type { ChainPanoramaResponse } from '@graph-schema/dto/chains';
import type { GapsResponse } from '@graph-schema/dto/gaps';
import type { ApplicantsResponse } from '@graph-schema/dto/landscape-actors';
import { fetchApplicants, fetchChains, fetchGaps, fetchPanorama } from '@web/src/api/navigation';
import type { Filters } from '@web/src/scope/filters';
import { type BranchPrecisions, loadBranchPrecisions } from '../navigation/branch-precision';
import { type ChainSummary, chooseChain } from '../navigation/chain-choice';
import type { GapsParams } from './params';

/** Names a branch with its precision mark (branch-precision.ts flaggedName, bound to the page's language). */
export type NameMark = (
  name: GapsResponse['chain']['name'],
  id: string,
  precisions: BranchPrecisions,
) => GapsResponse['chain']['name'];

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
  mark: NameMark,
): Promise<GapsData | undefined> {
  const { chains } = await fetchChains(filters, signal);
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
  const [gaps, panorama, precisions] = await Promise.all([
    fetchGaps(request, filters, signal),
    fetchPanorama(chain.id, filters, target, signal),
    loadBranchPrecisions(filters.project, chain.id),
  ]);
  return { chains, chain, applicants, gaps: flagGapRows(gaps, precisions, mark), panorama };
}

/** Gap rows (leaves and parents) named with the low-precision mark of the open project's review. */
function flagGapRows(gaps: GapsResponse, precisions: BranchPrecisions, mark: NameMark): GapsResponse {
  if (precisions.size === 0) return gaps;
  const flag = <B extends { id: string; name: GapsResponse['chain']['name'] }>(b: B): B => ({
    ...b,
    name: mark(b.name, b.id, precisions),
  });
  return {
    ...gaps,
    segments: gaps.segments.map((s) => ({
      ...s,
      branches: s.branches.map(flag),
      ...(s.parents ? { parents: s.parents.map(flag) } : {}),
    })),
  };
}
