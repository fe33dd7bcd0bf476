/** Branch tagging review (graph-schema/dto/branch-review.ts): review, sample, judgements, overrides. */
import {
  BranchReviewResponse,
  BranchSampleResponse,
  ChainPrecisionResponse,
  type JudgementInput,
  type OverrideInput,
  Precision,
} from '@graph-schema/dto/branch-review';
import { z } from 'zod';
import { requestJson } from './request';

const reviewPath = (project: string, chain: string, branch: string) =>
  `/api/projects/${encodeURIComponent(project)}/chains/${encodeURIComponent(chain)}/branches/${encodeURIComponent(branch)}`;

export interface BranchPlace {
  project: string;
  chain: string;
  branch: string;
}

const path = (place: BranchPlace) => reviewPath(place.project, place.chain, place.branch);

export function fetchBranchReview(place: BranchPlace, signal?: AbortSignal): Promise<BranchReviewResponse> {
  return requestJson(`${path(place)}/review`, BranchReviewResponse, { signal });
}

export function fetchBranchSample(
  place: BranchPlace,
  seed: number,
  n: number,
  signal?: AbortSignal,
): Promise<BranchSampleResponse> {
  return requestJson(`${path(place)}/sample?seed=${seed}&n=${n}`, BranchSampleResponse, { signal });
}

export function postJudgement(place: BranchPlace, input: JudgementInput): Promise<Precision> {
  return requestJson(`${path(place)}/judgements`, Precision, { body: input });
}

const Ok = z.object({ ok: z.literal(true) });

export function postOverride(place: BranchPlace, input: OverrideInput): Promise<unknown> {
  return requestJson(`${path(place)}/overrides`, Ok, { body: input });
}

export function deleteOverride(place: BranchPlace, family: string): Promise<unknown> {
  return requestJson(`${path(place)}/overrides/${encodeURIComponent(family)}`, Ok, { method: 'DELETE' });
}

/** The precision of every judged branch of a chain in a project (the flag every branch view shows). */
export function fetchChainPrecision(
  project: string,
  chain: string,
  signal?: AbortSignal,
): Promise<ChainPrecisionResponse> {
  return requestJson(
    `/api/projects/${encodeURIComponent(project)}/chains/${encodeURIComponent(chain)}/precision`,
    ChainPrecisionResponse,
    { signal },
  );
}
