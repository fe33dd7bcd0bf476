/** Layout gaps for a chain leader: per segment and leaf branch, own vs competitors vs the field. */
import type { Database } from '@graph-schema/db/driver';
import type { BranchGap, GapsQuery, GapsResponse } from '@graph-schema/dto/gaps';
import type { BranchSignalEvidence, GrowthWindows } from '@graph-schema/dto/navigation-common';
import { explainBasis } from '@server/platform/explanations/basis';
import { GROWTH_NOTE, growthWindows, windowGrowth } from '@server/platform/scope/growth-windows';
import { type ChainActivity, chainActivity, EMPTY_ACTIVITY } from '../chains/branch-activity';
import { applicantAdvantage, leafSignals } from '../chains/branch-metrics';
import type { BranchNode, ChainStructure } from '../chains/chain-structure';
import { competitorVerdict } from './competitor-verdict';
import { branchVerdict, gapRules, largeBranchThreshold } from './gap-verdict';
import { officeGaps } from './office-gaps';
import { parentGaps, parentOf } from './parent-gaps';
import { gapRecommendations } from './recommendations';

export interface Parties {
  applicant: { key: string; name: string };
  competitors: Array<{ key: string; name: string; chosenBy: 'request' | 'top-of-chain' }>;
}

interface Context {
  activity: ChainActivity;
  windows: GrowthWindows | null;
  signals: Map<string, BranchSignalEvidence>;
  positions: Map<string, ReturnType<typeof applicantAdvantage>>;
  largeThreshold: number;
  query: GapsQuery;
  parties: Parties;
}

export async function layoutGaps(
  db: Database,
  structure: ChainStructure,
  parties: Parties,
  query: GapsQuery,
): Promise<GapsResponse> {
  const keys = [parties.applicant.key, ...parties.competitors.map((c) => c.key)];
  const [activity, geography] = await Promise.all([
    chainActivity(db, structure.id, query, { top: 0, selected: keys }),
    officeGaps(db, query, parties.applicant.key),
  ]);
  const windows = growthWindows(activity.maxYear);
  const leaves = structure.branches.filter((b) => b.isLeaf);
  const leafIds = leaves.map((b) => b.id);
  const context: Context = {
    activity,
    windows,
    signals: windows ? leafSignals(leafIds, activity.nodes, windows) : new Map(),
    positions: new Map(keys.map((key) => [key, applicantAdvantage(key, leafIds, activity.nodes)])),
    largeThreshold: largeBranchThreshold(leaves.map((b) => activity.nodes.get(b.id)?.families ?? 0)),
    query,
    parties,
  };
  const parents = parentGaps(structure, activity, parties, query.competitorRatio);
  const familiesOf = (node: string, key: string) =>
    activity.nodes.get(node)?.selected.get(key)?.families ?? 0;
  const segments = structure.segments.map((segment) => ({
    id: segment.id,
    kind: segment.kind,
    name: segment.name,
    fieldFamilies: activity.nodes.get(segment.id)?.families ?? 0,
    ownFamilies: familiesOf(segment.id, parties.applicant.key),
    competitors: parties.competitors.map((c) => ({ key: c.key, families: familiesOf(segment.id, c.key) })),
    branches: leaves.filter((b) => b.segment === segment.id).map((b) => branchGap(b, keys, context)),
    parents: parents.filter((p) => p.segment === segment.id),
  }));
  const leafGaps = segments.flatMap((s) => s.branches);
  return {
    chain: { id: structure.id, name: structure.name },
    applicant: { ...parties.applicant, families: familiesOf(structure.id, parties.applicant.key) },
    competitors: parties.competitors.map((c) => ({ ...c, families: familiesOf(structure.id, c.key) })),
    dateBasis: query.dateBasis,
    basis: explainBasis('basis.gaps', { dateBasis: query.dateBasis }),
    growthWindows: windows,
    growthNote: GROWTH_NOTE,
    fieldFamilies: activity.nodes.get(structure.id)?.families ?? 0,
    largeBranchThreshold: Math.round(context.largeThreshold * 10) / 10,
    segments,
    gaps: rankGaps(leafGaps),
    geography,
    rules: gapRules(query.ownLowBelow, query.competitorRatio),
    competitorRatio: query.competitorRatio,
    recommendations: gapRecommendations(leafGaps),
  };
}

function branchGap(branch: BranchNode, keys: readonly string[], context: Context): BranchGap {
  const node = context.activity.nodes.get(branch.id) ?? EMPTY_ACTIVITY;
  const [own, ...competitors] = keys.map((key) => {
    const position = context.positions.get(key)?.get(branch.id);
    return position ?? { key, families: 0, shareOfBranch: 0, rta: 0 };
  });
  const signal = context.signals.get(branch.id);
  const verdict = branchVerdict({
    fieldFamilies: node.families,
    ownFamilies: own!.families,
    ownRta: own!.rta,
    signal,
    largeThreshold: context.largeThreshold,
    ownLowBelow: context.query.ownLowBelow,
  });
  const named = context.parties.competitors.map((c, i) => ({
    name: c.name,
    families: competitors[i]!.families,
  }));
  const relative = competitorVerdict(own!, named, context.query.competitorRatio);
  return {
    id: branch.id,
    name: branch.name,
    level: branch.level,
    segment: branch.segment,
    fieldFamilies: node.families,
    own: own!,
    competitors,
    threeYearGrowth: windowGrowth(node.byYear, context.windows),
    signals: signal ?? null,
    ...verdict,
    parentId: parentOf(branch),
    competitorVerdict: relative.verdict,
    competitorReasons: relative.reasons,
  };
}

const PRIORITY_RANK = { high: 0, medium: 1, low: 2 } as const;

function rankGaps(branches: readonly BranchGap[]): GapsResponse['gaps'] {
  return branches
    .filter((b) => b.verdict === 'gap' && b.priority !== null)
    .sort(
      (a, b) => PRIORITY_RANK[a.priority!] - PRIORITY_RANK[b.priority!] || b.fieldFamilies - a.fieldFamilies,
    )
    .map((b) => ({ id: b.id, name: b.name, priority: b.priority!, reasons: b.reasons }));
}
