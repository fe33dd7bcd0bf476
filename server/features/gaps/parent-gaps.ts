/**
 * Parent (non-leaf) branches of the gap analysis. Their counts come from chainActivity, which places
 * a family once in every ancestor of its leaves, so a parent holds the distinct families below it.
 * RTA of a parent = (party's families in it / party's families in the chain) / (field families in
 * it / field families in the chain): distinct counts on both sides, so a family tagged with two
 * children is not counted twice (see docs/decisions/2026-12-04-competitor-relative-gaps.md).
 */
import type { ParentBranchGap, PartyPosition } from '@graph-schema/dto/gaps';
import { round } from '@server/platform/scope/growth-windows';
import { type ChainActivity, EMPTY_ACTIVITY } from '../chains/branch-activity';
import type { BranchNode, ChainStructure } from '../chains/chain-structure';
import { competitorVerdict } from './competitor-verdict';
import type { Parties } from './layout-gaps';

/** The parent of a branch from its root → self lineage; null under the segment. */
export const parentOf = (branch: BranchNode): string | null => branch.lineage.at(-2) ?? null;

function position(key: string, node: string, chainId: string, activity: ChainActivity): PartyPosition {
  const families = (id: string) => activity.nodes.get(id)?.selected.get(key)?.families ?? 0;
  const field = (id: string) => activity.nodes.get(id)?.families ?? 0;
  const own = families(node);
  const share = field(node) === 0 ? 0 : own / field(node);
  const partyTotal = families(chainId);
  const fieldShare = field(chainId) === 0 ? 0 : field(node) / field(chainId);
  const rta = partyTotal === 0 || fieldShare === 0 ? 0 : own / partyTotal / fieldShare;
  return { key, families: own, shareOfBranch: round(share), rta: round(rta) };
}

export function parentGaps(
  structure: ChainStructure,
  activity: ChainActivity,
  parties: Parties,
  competitorRatio: number,
): ParentBranchGap[] {
  return structure.branches
    .filter((b) => !b.isLeaf)
    .map((branch) => {
      const at = (key: string) => position(key, branch.id, structure.id, activity);
      const own = at(parties.applicant.key);
      const competitors = parties.competitors.map((c) => at(c.key));
      const finding = competitorVerdict(
        own,
        parties.competitors.map((c, i) => ({ name: c.name, families: competitors[i]!.families })),
        competitorRatio,
      );
      return {
        id: branch.id,
        name: branch.name,
        level: branch.level,
        segment: branch.segment,
        parentId: parentOf(branch),
        fieldFamilies: (activity.nodes.get(branch.id) ?? EMPTY_ACTIVITY).families,
        own,
        competitors,
        competitorVerdict: finding.verdict,
        competitorReasons: finding.reasons,
      };
    });
}
