/** Adds what the loader stores beyond the record itself: branch tags, WIPO fields, expiry estimate. */
import { type CompiledChains, tagRecord } from '@graph-schema/chains/tagger';
import { qualifiedId } from '../load/chains';
import type { FieldTag, LoadableRecord } from '../load/rows';
import { estimateExpiry } from '../normalise/expiry';
import type { PatentRecord } from '../record';

export interface Tagging {
  chains: CompiledChains | null;
  fieldsOf: ((record: PatentRecord) => FieldTag[]) | null;
}

export function enrich(record: PatentRecord, tagging: Tagging): LoadableRecord {
  const branches = tagging.chains
    ? tagRecord(record, tagging.chains).map((tag) => ({
        chainId: tag.chainId,
        branchId: qualifiedId(tag.chainId, tag.branchId),
        ruleId: tag.ruleId,
        matchedBy: [tag.matchedBy.classification, tag.matchedBy.keyword].filter(Boolean).join(' + '),
      }))
    : [];
  const expiry = estimateExpiry(record);
  return {
    record,
    branches,
    fields: tagging.fieldsOf ? tagging.fieldsOf(record) : [],
    ...(expiry.date ? { expiry: { date: expiry.date, basis: expiry.basis } } : {}),
  };
}
