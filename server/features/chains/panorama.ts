/** The chain panorama: segments (upstream → downstream) → branch tree, with weak links flagged. */
import type { Database } from '@graph-schema/db/driver';
import type { ChainPanoramaQuery, ChainPanoramaResponse, PanoramaBranch } from '@graph-schema/dto/chains';
import type { ChainExplanation } from '@graph-schema/dto/explanation';
import type { BranchSignalEvidence } from '@graph-schema/dto/navigation-common';
import type { Precision } from '@graph-schema/dto/precision';
import { precisionOf } from '@server/analytics/branch-precision';
import { explainBasis } from '@server/platform/explanations/basis';
import { GROWTH_NOTE, growthWindows, round, windowGrowth } from '@server/platform/scope/growth-windows';
import { type ChainActivity, chainActivity, EMPTY_ACTIVITY } from './branch-activity';
import { type ApplicantAdvantage, applicantAdvantage, leafSignals, weakLinkReasons } from './branch-metrics';
import { chainPrecisions } from './branch-precision-reads';
import { type BranchNode, type ChainStructure, chainStructure } from './chain-structure';
import { explainChain } from './explain-chain';

export const PANORAMA_RULES: ChainExplanation[] = [
  explainChain('chain.rule.hot', {}),
  explainChain('chain.rule.blank', {}),
  explainChain('chain.rule.weakLink', {}),
  explainChain('chain.rule.rta', {}),
];

interface BuildContext {
  structure: ChainStructure;
  activity: ChainActivity;
  query: ChainPanoramaQuery;
  signals: Map<string, BranchSignalEvidence>;
  advantage: Map<string, ApplicantAdvantage>;
  /** Set in a project scope: the project's precision per judged branch. */
  precisions: Map<string, Precision> | undefined;
}

/** The panorama, or undefined when the chain does not exist. */
export async function chainPanorama(
  db: Database,
  chainId: string,
  query: ChainPanoramaQuery,
): Promise<ChainPanoramaResponse | undefined> {
  const structure = await chainStructure(db, chainId);
  if (!structure) return undefined;
  const activity = await chainActivity(db, chainId, query, {
    top: query.topApplicants,
    selected: query.applicant ? [query.applicant] : [],
  });
  const windows = growthWindows(activity.maxYear);
  const leafIds = structure.branches.filter((b) => b.isLeaf).map((b) => b.id);
  const signals = windows ? leafSignals(leafIds, activity.nodes, windows) : new Map();
  const advantage = query.applicant
    ? applicantAdvantage(query.applicant, leafIds, activity.nodes)
    : new Map();
  const precisions = query.project ? await chainPrecisions(db, query.project, chainId) : undefined;
  const context: BuildContext = { structure, activity, query, signals, advantage, precisions };
  const chainFamilies = activity.nodes.get(chainId)?.families ?? 0;
  const segments = structure.segments.map((segment) => {
    const seg = activity.nodes.get(segment.id) ?? EMPTY_ACTIVITY;
    return {
      ...segment,
      families: seg.families,
      shareOfChain: chainFamilies === 0 ? 0 : round(seg.families / chainFamilies),
      threeYearGrowth: windowGrowth(seg.byYear, windows),
      branches: structure.branches
        .filter((b) => b.segment === segment.id)
        .map((b) => panoramaBranch(b, chainFamilies, context)),
    };
  });
  const weakLinks = segments.flatMap((s) =>
    s.branches.filter((b) => b.weakLink).map((b) => ({ id: b.id, name: b.name, reasons: b.weakLinkReasons })),
  );
  return {
    chain: { id: structure.id, name: structure.name },
    dateBasis: query.dateBasis,
    basis: explainBasis('basis.panorama', { dateBasis: query.dateBasis }),
    growthWindows: windows,
    growthNote: GROWTH_NOTE,
    families: chainFamilies,
    segments,
    weakLinks,
    rules: PANORAMA_RULES,
  };
}

function panoramaBranch(branch: BranchNode, chainFamilies: number, context: BuildContext): PanoramaBranch {
  const { structure, activity, query, signals, advantage, precisions } = context;
  const node = activity.nodes.get(branch.id) ?? EMPTY_ACTIVITY;
  const signal = signals.get(branch.id);
  const reasons = branch.isLeaf ? weakLinkReasons(node.families, signal, query.weakBelow) : [];
  const own = advantage.get(branch.id);
  return {
    id: branch.id,
    localId: branch.localId,
    level: branch.level,
    name: branch.name,
    isLeaf: branch.isLeaf,
    families: node.families,
    shareOfChain: chainFamilies === 0 ? 0 : round(node.families / chainFamilies),
    threeYearGrowth: windowGrowth(node.byYear, growthWindows(activity.maxYear)),
    topApplicants: node.topApplicants,
    ...(own ? { applicant: own } : {}),
    ...(signal ? { signals: signal } : {}),
    ...(precisions ? { precision: precisions.get(branch.id) ?? precisionOf(0, 0) } : {}),
    weakLink: reasons.length > 0,
    weakLinkReasons: reasons,
    parentId: branch.lineage.at(-2) ?? null,
    childIds: structure.branches.filter((b) => b.lineage.at(-2) === branch.id).map((b) => b.id),
  };
}
