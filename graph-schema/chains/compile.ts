/**
 * Compiles chain definitions into lookup tables for the tagger: one exact-symbol table and one
 * prefix table shared by all chains (so each record symbol is looked up once, whatever the number
 * of chains), and rules whose keywords are ids into one shared keyword table.
 */

import { type ChainIndex, indexChain } from './chain-tree';
import { patternKey } from './classification-patterns';
import { KeywordMemo, KeywordTable } from './keyword-matcher';
import type { ChainDefinition, ChainRule, RuleScheme } from './schema';

/** A rule's pattern in the shared tables: which rule, and whether it includes or excludes. */
export interface PatternEntry {
  rule: number;
  exclude: boolean;
}

export interface CompiledRule {
  chainId: string;
  segmentId: string;
  branchId: string;
  ruleId: string;
  /** Global index of the leaf branch, so "one tag per branch" is a stamp check. */
  branchSlot: number;
  scheme: RuleScheme;
  hasClassification: boolean;
  anyTerms: number[];
  /** AND conditions, each a list of alternative keyword ids. */
  allConditions: number[][];
  excludeTerms: number[];
}

export type TextField = 'title' | 'abstract' | 'claims';

export interface CompileOptions {
  /** Record text searched by keywords; default title + abstract (both languages). */
  textFields?: TextField[];
}

export interface CompiledChains {
  indexes: ChainIndex[];
  /** Rules in chain → branch → rule definition order: the first hit per branch wins. */
  rules: CompiledRule[];
  exactTable: Map<string, PatternEntry[]>;
  prefixTable: Map<string, PatternEntry[]>;
  keywords: KeywordTable;
  memo: KeywordMemo;
  branchSlots: number;
  textFields: TextField[];
}

export function compileChains(chains: ChainDefinition[], options: CompileOptions = {}): CompiledChains {
  const keywords = new KeywordTable();
  const exactTable = new Map<string, PatternEntry[]>();
  const prefixTable = new Map<string, PatternEntry[]>();
  const rules: CompiledRule[] = [];
  const indexes = chains.map(indexChain);
  let branchSlots = 0;
  for (const index of indexes) {
    for (const branch of index.branches.values()) {
      if (!branch.isLeaf) continue;
      const branchSlot = branchSlots++;
      for (const rule of branch.rules) {
        const ruleIndex = rules.length;
        const vocabularies = index.chain.vocabularies ?? {};
        const place = {
          chainId: index.chain.id,
          segmentId: branch.segmentId,
          branchId: branch.id,
          branchSlot,
        };
        rules.push(
          compileRule(rule, place, (term) => expandTerm(term, vocabularies).map((t) => keywords.idOf(t))),
        );
        addPatterns(rule, ruleIndex, exactTable, prefixTable);
      }
    }
  }
  const textFields = options.textFields ?? ['title', 'abstract'];
  // The memo is sized from the finished keyword table, hence created last.
  return {
    indexes,
    rules,
    exactTable,
    prefixTable,
    keywords,
    memo: new KeywordMemo(keywords),
    branchSlots,
    textFields,
  };
}

type RulePlace = Pick<CompiledRule, 'chainId' | 'segmentId' | 'branchId' | 'branchSlot'>;

function compileRule(rule: ChainRule, place: RulePlace, termIds: (term: string) => number[]): CompiledRule {
  const unique = (ids: number[]) => [...new Set(ids)];
  return {
    ...place,
    ruleId: rule.id,
    scheme: rule.scheme ?? 'any',
    hasClassification: rule.classifications !== undefined,
    anyTerms: unique((rule.keywords?.any ?? []).flatMap(termIds)),
    allConditions: (rule.keywords?.all ?? []).map((condition) =>
      unique(condition.split('|').flatMap(termIds)),
    ),
    excludeTerms: unique((rule.keywords?.exclude ?? []).flatMap(termIds)),
  };
}

function expandTerm(term: string, vocabularies: Record<string, string[]>): string[] {
  if (!term.startsWith('@')) return [term];
  // Validation guarantees the vocabulary exists; an empty expansion would silently weaken a rule.
  const terms = vocabularies[term.slice(1)];
  if (!terms) throw new Error(`unknown vocabulary ${term}`);
  return terms;
}

function addPatterns(
  rule: ChainRule,
  ruleIndex: number,
  exactTable: Map<string, PatternEntry[]>,
  prefixTable: Map<string, PatternEntry[]>,
): void {
  const add = (pattern: string, exclude: boolean) => {
    const { kind, key } = patternKey(pattern);
    const table = kind === 'exact' ? exactTable : prefixTable;
    const entries = table.get(key);
    const entry = { rule: ruleIndex, exclude };
    if (entries) entries.push(entry);
    else table.set(key, [entry]);
  };
  for (const pattern of rule.classifications?.include ?? []) add(pattern, false);
  for (const pattern of rule.classifications?.exclude ?? []) add(pattern, true);
}
