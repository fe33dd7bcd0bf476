/**
 * Raw legal status (Chinese or English, any exporter) → active / pending / inactive / unknown.
 * When a cell lists several events, an end-of-life event wins over a grant, and a grant over an
 * examination step: `授权;未缴年费专利权终止` is inactive, `实质审查;授权` is active.
 */
import type { LegalEvent } from '@graph-schema/vocabulary/legal-events';
import type { InactiveReason, LegalStatus } from '@graph-schema/vocabulary/legal-status';
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

/** The words of each inactive reason, Chinese register wording and English exporters' terms. */
const REASON_WORDS: ReadonlyArray<[InactiveReason, RegExp]> = [
  ['expired', /期限届满|届满|expired?|expiry/gi],
  ['lapsed', /未缴年费|年费终止|专利权终止|lapsed?|ceased|fee[- ]related/gi],
  ['revoked', /无效宣告|全部无效|宣告无效|撤销|revoked?|revocation|invalidated/gi],
  ['withdrawn', /撤回|放弃|withdrawn|withdrawal|abandoned|deemed to be withdrawn/gi],
  ['refused', /驳回|refused|refusal|rejected|rejection/gi],
];

/** Reason named last in a text: cells list events in order, so the last one is the latest. */
function lastReasonIn(text: string): InactiveReason | undefined {
  let found: { reason: InactiveReason; at: number } | undefined;
  for (const [reason, words] of REASON_WORDS) {
    for (const match of toHalfWidth(text).matchAll(words)) {
      if (!found || match.index >= found.at) found = { reason, at: match.index };
    }
  }
  return found?.reason;
}

/**
 * Why an inactive patent is inactive: a WO publication because it is an international application
 * (office-rules.ts); else from its status cell, else from its latest legal event that names a
 * reason; undefined when none says (`失效`, `INACTIVE`, `DISCONTINUED`).
 */
export function inactiveReasonOf(
  raw: string | undefined,
  events: readonly LegalEvent[],
  office?: string,
): InactiveReason | undefined {
  if (office === 'WO') return 'international_application';
  const fromStatus = raw ? lastReasonIn(raw) : undefined;
  if (fromStatus) return fromStatus;
  for (const event of [...events].reverse()) {
    const reason = lastReasonIn(`${event.code} ${event.description ?? ''}`);
    if (reason) return reason;
  }
  return undefined;
}
