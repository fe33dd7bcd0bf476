/**
 * Raw legal status (Chinese or English, any exporter) → active / pending / inactive / unknown.
 * When a cell lists several events, an end-of-life event wins over a grant, and a grant over an
 * examination step: `授权;未缴年费专利权终止` is inactive, `实质审查;授权` is active.
 */
import type { LegalStatus } from '@graph-schema/vocabulary/legal-status';
import { isBlank, toHalfWidth } from './text';

const INACTIVE =
  /失效|驳回|撤回|期限届满|届满|未缴年费|终止|放弃|无效|撤销|expired|lapsed?|withdrawn|revoked|ceased|abandoned|discontinued|refused|rejected|inactive|dead|terminated|invalid/i;
const ACTIVE = /有效|授权|维持|active|granted|in force|alive|patented|valid/i;
const PENDING = /审中|实质审查|实审|公开|受理|pending|under examination|examination|published|filed|search/i;

export interface NormalisedLegalStatus {
  status: LegalStatus;
  raw?: string;
}

export function normaliseLegalStatus(raw: string | undefined): NormalisedLegalStatus {
  if (isBlank(raw)) return { status: 'unknown' };
  const text = toHalfWidth(raw).trim();
  // `无效` contains `有效`, `invalid` contains `valid`: test the end-of-life words first.
  if (INACTIVE.test(text)) return { status: 'inactive', raw: text };
  if (ACTIVE.test(text)) return { status: 'active', raw: text };
  if (PENDING.test(text)) return { status: 'pending', raw: text };
  return { status: 'unknown', raw: text };
}
