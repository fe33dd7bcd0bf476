/**
 * Tags patent records with the leaf branches of compiled industry chains.
 *
 * Per record: each classification symbol is looked up once in the shared exact and prefix tables
 * (marking which rules it satisfies, minus the rules that exclude that same symbol), then rules
 * are checked in definition order; the first matching rule of a branch gives that branch's tag.
 * Text is only built when a candidate rule needs keywords. Scratch arrays are reused between
 * records (stamped, never cleared), so tagging allocates little beyond the tags themselves.
 */
import { compactSymbol, symbolPrefixKeys } from './classification-patterns';
import type { CompiledChains, CompiledRule, PatternEntry, TextField } from './compile';
import { type KeywordMemo, type RecordText, toRecordText } from './keyword-matcher';

export { type CompiledChains, type CompileOptions, compileChains } from './compile';

/**
 * What the tagger reads of a patent: its classification symbols and its texts. Ingest passes its
 * parsed records; the server passes rows read back from the graph (rule preview and re-tagging).
 */
export interface TaggableRecord {
  classifications: readonly { symbol: string; scheme: 'IPC' | 'CPC' }[];
  title: { zh?: string | undefined; en?: string | undefined };
  abstract: { zh?: string | undefined; en?: string | undefined };
  claims: readonly { text: string }[];
}

export interface ChainTag {
  chainId: string;
  branchId: string;
  segmentId: string;
  ruleId: string;
  /** The symbol that satisfied the classification part, and the keyword that satisfied the text part. */
  matchedBy: { classification?: string; keyword?: string };
}

const NO_MATCH = -2;
const MATCHED_WITHOUT_KEYWORD = -1;
const SYMBOL_CACHE_LIMIT = 100_000;

class TaggerScratch {
  record = 0;
  symbol = 0;
  readonly ruleHit: Uint32Array;
  readonly ruleHitSymbol: string[];
  readonly ruleExcluded: Uint32Array;
  readonly branchTagged: Uint32Array;
  readonly included: number[] = [];
  private readonly symbolKeys = new Map<string, { symbol: string; keys: string[] }>();

  constructor(compiled: CompiledChains) {
    this.ruleHit = new Uint32Array(compiled.rules.length);
    this.ruleHitSymbol = new Array<string>(compiled.rules.length).fill('');
    this.ruleExcluded = new Uint32Array(compiled.rules.length);
    this.branchTagged = new Uint32Array(compiled.branchSlots);
  }

  nextRecord(): void {
    // Stamps restart before they overflow; clearing then keeps old stamps from matching.
    if (this.record >= 0xfffffff0 || this.symbol >= 0xfffffff0) {
      for (const stamps of [this.ruleHit, this.ruleExcluded, this.branchTagged]) stamps.fill(0);
      this.record = 0;
      this.symbol = 0;
    }
    this.record++;
  }

  keysOf(rawSymbol: string): { symbol: string; keys: string[] } {
    let cached = this.symbolKeys.get(rawSymbol);
    if (!cached) {
      const symbol = compactSymbol(rawSymbol);
      cached = { symbol, keys: symbolPrefixKeys(symbol) };
      if (this.symbolKeys.size >= SYMBOL_CACHE_LIMIT) this.symbolKeys.clear();
      this.symbolKeys.set(rawSymbol, cached);
    }
    return cached;
  }
}

const scratchByCompiled = new WeakMap<CompiledChains, TaggerScratch>();

function scratchFor(compiled: CompiledChains): TaggerScratch {
  let scratch = scratchByCompiled.get(compiled);
  if (!scratch) {
    scratch = new TaggerScratch(compiled);
    scratchByCompiled.set(compiled, scratch);
  }
  return scratch;
}

/** Leaf-branch tags of one record, in chain → branch definition order, at most one per branch. */
export function tagRecord(record: TaggableRecord, compiled: CompiledChains): ChainTag[] {
  const scratch = scratchFor(compiled);
  scratch.nextRecord();
  markClassificationHits(record, compiled, scratch);
  const tags: ChainTag[] = [];
  let textReady = false;
  for (let ruleIndex = 0; ruleIndex < compiled.rules.length; ruleIndex++) {
    const rule = compiled.rules[ruleIndex] as CompiledRule;
    if (scratch.branchTagged[rule.branchSlot] === scratch.record) continue;
    if (rule.hasClassification && scratch.ruleHit[ruleIndex] !== scratch.record) continue;
    if (!textReady && needsText(rule)) {
      compiled.memo.reset(recordText(record, compiled.textFields));
      textReady = true;
    }
    const keywordId = matchKeywords(rule, compiled.memo);
    if (keywordId === NO_MATCH) continue;
    scratch.branchTagged[rule.branchSlot] = scratch.record;
    tags.push(
      toTag(rule, compiled, keywordId, rule.hasClassification ? scratch.ruleHitSymbol[ruleIndex] : undefined),
    );
  }
  return tags;
}

function toTag(rule: CompiledRule, compiled: CompiledChains, keywordId: number, symbol?: string): ChainTag {
  const matchedBy: ChainTag['matchedBy'] = {};
  if (symbol) matchedBy.classification = symbol;
  const keyword = keywordId >= 0 ? compiled.keywords.keywords[keywordId] : undefined;
  if (keyword) matchedBy.keyword = keyword.text;
  return {
    chainId: rule.chainId,
    branchId: rule.branchId,
    segmentId: rule.segmentId,
    ruleId: rule.ruleId,
    matchedBy,
  };
}

function markClassificationHits(
  record: TaggableRecord,
  compiled: CompiledChains,
  scratch: TaggerScratch,
): void {
  const included = scratch.included;
  for (const classification of record.classifications) {
    const { symbol, keys } = scratch.keysOf(classification.symbol);
    if (keys.length === 0) continue;
    scratch.symbol++;
    included.length = 0;
    collectEntries(compiled.exactTable.get(symbol), classification.scheme, compiled, scratch);
    for (const key of keys)
      collectEntries(compiled.prefixTable.get(key), classification.scheme, compiled, scratch);
    // An exclusion carves symbols out of the include range ("B60K6* 不含 B60K6/08"): it removes
    // this symbol only, so another symbol of the record can still satisfy the rule.
    for (const ruleIndex of included) {
      if (scratch.ruleExcluded[ruleIndex] === scratch.symbol || scratch.ruleHit[ruleIndex] === scratch.record)
        continue;
      scratch.ruleHit[ruleIndex] = scratch.record;
      scratch.ruleHitSymbol[ruleIndex] = symbol;
    }
  }
}

/** Notes the rules a symbol includes (in `scratch.included`) and those that exclude it. */
function collectEntries(
  entries: PatternEntry[] | undefined,
  scheme: 'IPC' | 'CPC',
  compiled: CompiledChains,
  scratch: TaggerScratch,
): void {
  if (!entries) return;
  for (const entry of entries) {
    const ruleScheme = (compiled.rules[entry.rule] as CompiledRule).scheme;
    if (ruleScheme !== 'any' && ruleScheme !== scheme) continue;
    if (entry.exclude) scratch.ruleExcluded[entry.rule] = scratch.symbol;
    else scratch.included.push(entry.rule);
  }
}

function needsText(rule: CompiledRule): boolean {
  return rule.anyTerms.length > 0 || rule.allConditions.length > 0 || rule.excludeTerms.length > 0;
}

/**
 * Keyword part of a rule: any exclusion vetoes it; every AND condition needs one of its
 * alternatives; the `any` list needs one term. Returns the keyword id to report, or a marker.
 */
function matchKeywords(rule: CompiledRule, memo: KeywordMemo): number {
  for (const id of rule.excludeTerms) if (memo.has(id)) return NO_MATCH;
  let reported = MATCHED_WITHOUT_KEYWORD;
  for (const alternatives of rule.allConditions) {
    const found = firstPresent(alternatives, memo);
    if (found === NO_MATCH) return NO_MATCH;
    if (reported === MATCHED_WITHOUT_KEYWORD) reported = found;
  }
  return rule.anyTerms.length === 0 ? reported : firstPresent(rule.anyTerms, memo);
}

function firstPresent(ids: readonly number[], memo: KeywordMemo): number {
  for (const id of ids) if (memo.has(id)) return id;
  return NO_MATCH;
}

/** Title and abstract in both languages (and claims when asked), one line each. */
export function recordText(record: TaggableRecord, fields: readonly TextField[]): RecordText {
  const parts: string[] = [];
  for (const field of fields) {
    if (field === 'claims') {
      for (const claim of record.claims) parts.push(claim.text);
    } else {
      const text = record[field];
      if (text.zh) parts.push(text.zh);
      if (text.en) parts.push(text.en);
    }
  }
  return toRecordText(parts.join('\n'));
}
