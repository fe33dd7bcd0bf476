/** Rule editing (graph-schema/dto/rule-versions.ts): preview, versions, save, re-tag, chain rules file. */
import {
  ChainRulesImportResponse,
  type EditedRule,
  RetagResponse,
  RulePreviewResponse,
  RuleVersionsResponse,
} from '@graph-schema/dto/rule-versions';
import { z } from 'zod';
import type { BranchPlace } from './branch-review';
import { requestJson } from './request';

const leafPath = (place: BranchPlace) =>
  `/api/projects/${encodeURIComponent(place.project)}/chains/${encodeURIComponent(place.chain)}/branches/${encodeURIComponent(place.branch)}`;

/** Where the chain rules file of a project is exported (GET) and imported (POST). */
export const chainRulesPath = (project: string, chain: string) =>
  `/api/projects/${encodeURIComponent(project)}/chains/${encodeURIComponent(chain)}/definition`;

export function fetchRuleVersions(place: BranchPlace, signal?: AbortSignal): Promise<RuleVersionsResponse> {
  return requestJson(`${leafPath(place)}/rule-versions`, RuleVersionsResponse, { signal });
}

export function previewRules(place: BranchPlace, rules: EditedRule[]): Promise<RulePreviewResponse> {
  return requestJson(`${leafPath(place)}/rule-preview`, RulePreviewResponse, { body: { rules } });
}

export function saveRuleVersion(
  place: BranchPlace,
  input: { rules: EditedRule[]; who: string; why: string },
): Promise<{ version: number }> {
  return requestJson(`${leafPath(place)}/rule-versions`, z.object({ version: z.number() }), { body: input });
}

export function retagLeaf(place: BranchPlace, version: number): Promise<RetagResponse> {
  return requestJson(`${leafPath(place)}/retag`, RetagResponse, { body: { version } });
}

export function importChainRules(project: string, chain: string, file: unknown) {
  return requestJson(chainRulesPath(project, chain), ChainRulesImportResponse, { body: file as object });
}
