/**
 * Fence layout-mode explanations (GET /api/patents/:id/fence): the fence's numbers and the
 * heuristic that chose 路障式 / 城墙式 / 围栏式 / 丛林式. The English texts are the plain strings the
 * API returned before the codes.
 */
import type { FenceExplanationCode } from '@graph-schema/dto/explanation';
import { explainerFor } from '@server/platform/explanations/explainer';

/** What every mode states: peripheral patents, owners, HHI and the core owner's share. */
type FenceFacts = { patents: number; owners: number; hhi: number; ownShare: number };

const facts = (p: FenceFacts) =>
  `${p.patents} peripheral patents, ${p.owners} owners, HHI ${p.hhi.toFixed(2)}, own share ${(p.ownShare * 100).toFixed(0)} %`;

const FENCE_TEXT = {
  'fence.roadblock': (p: FenceFacts) => `${facts(p)}: fewer than 3 around the core`,
  'fence.wall': (p: FenceFacts) =>
    `${facts(p)}: the owner's own patents, mostly close variants in the same CPC main group`,
  'fence.jungle': (p: FenceFacts) => `${facts(p)}: many owners, none dominant (HHI < 0.25)`,
  'fence.ownFence': (p: FenceFacts) => `${facts(p)}: improvements around the core, mostly by its owner`,
  'fence.hostileFence': (p: FenceFacts) => `${facts(p)}: improvements around the core, mostly by others`,
};

/** The fence domain's one explanation builder: every code needs an English renderer above. */
export const explainFence = explainerFor<FenceExplanationCode, typeof FENCE_TEXT>(FENCE_TEXT);
