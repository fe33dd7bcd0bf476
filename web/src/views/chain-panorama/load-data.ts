/** Everything the panorama view needs, fetched in order: chains → applicants of the chain → panorama. */
import type { ChainPanoramaResponse } from '@graph-schema/dto/chains';
import type { ApplicantsResponse } from '@graph-schema/dto/landscape-actors';
import { fetchApplicants, fetchChains, fetchPanorama } from '@web/src/api/navigation';
import type { Filters } from '@web/src/scope/filters';
import { type ChainSummary, chooseChain } from '../navigation/chain-choice';
import { needsApplicant, type PanoramaMeasure } from './measure';

/** Applicants offered in the picker: the chain's leaders, which is whom a share is asked for. */
export const APPLICANT_CHOICES = 50;

export interface PanoramaData {
  chains: ChainSummary[];
  chain: ChainSummary;
  applicants: ApplicantsResponse;
  /** The applicant whose share/RTA the panorama carries (asked for, or the chain's top one). */
  applicant?: string | undefined;
  panorama: ChainPanoramaResponse;
}

export interface PanoramaRequest {
  filters: Filters;
  measure: PanoramaMeasure;
  applicant?: string | undefined;
}

/** Undefined when no chain is loaded at all. */
export async function loadPanoramaData(
  request: PanoramaRequest,
  signal: AbortSignal,
): Promise<PanoramaData | undefined> {
  const { chains } = await fetchChains(request.filters, signal);
  const chain = chooseChain(chains, request.filters.chain);
  if (!chain) return undefined;
  const applicants = await fetchApplicants(
    { ...request.filters, chain: chain.id },
    APPLICANT_CHOICES,
    signal,
  );
  // Share and RTA without a chosen applicant would colour everything grey: take the chain's leader.
  const applicant =
    request.applicant ?? (needsApplicant(request.measure) ? applicants.ranking[0]?.key : undefined);
  const panorama = await fetchPanorama(chain.id, request.filters, applicant, signal);
  return { chains, chain, applicants, applicant, panorama };
}
