/**
 * Whole-chain checks that a per-field schema cannot express: ids unique within the chain (tags
 * store only chain + branch + rule ids, so any clash would make a tag ambiguous), branch levels
 * equal to their depth, every branch either grouping children or carrying rules, and every
 * "@vocabulary" reference defined.
 */
import type { z } from 'zod';
import { formatJsonPath } from './json-path';
import type { ChainBranch, ChainRule } from './schema';

interface ChainShape {
  vocabularies?: Record<string, string[]> | undefined;
  segments: Array<{ id: string; branches: ChainBranch[] }>;
}

type Path = Array<string | number>;

export function checkChainInvariants(chain: ChainShape, ctx: z.RefinementCtx): void {
  const seen = new Map<string, string>();
  const report = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const claimId = (kind: string, id: string, path: Path) => {
    const key = `${kind}:${id}`;
    const first = seen.get(key);
    if (first) report([...path, 'id'], `duplicate ${kind} id "${id}" (first used at ${first})`);
    else seen.set(key, formatJsonPath(path));
  };
  chain.segments.forEach((segment, segmentIndex) => {
    const segmentPath: Path = ['segments', segmentIndex];
    claimId('segment', segment.id, segmentPath);
    segment.branches.forEach((branch, branchIndex) => {
      checkBranch(branch, 1, [...segmentPath, 'branches', branchIndex], { claimId, report, chain });
    });
  });
  checkVocabularies(chain, report);
}

interface BranchCheckContext {
  claimId: (kind: string, id: string, path: Path) => void;
  report: (path: Path, message: string) => void;
  chain: ChainShape;
}

function checkBranch(branch: ChainBranch, depth: number, path: Path, context: BranchCheckContext): void {
  context.claimId('branch', branch.id, path);
  if (branch.level !== depth) {
    context.report(
      [...path, 'level'],
      `level ${branch.level} does not match depth ${depth} (at most 3 levels)`,
    );
  }
  if (branch.children && branch.rules) {
    context.report(path, 'a branch has either children or rules, not both (tags are given to leaf branches)');
  }
  if (!branch.children && !branch.rules) {
    context.report(path, 'a leaf branch needs at least one rule');
  }
  branch.children?.forEach((child, index) => {
    checkBranch(child, depth + 1, [...path, 'children', index], context);
  });
  branch.rules?.forEach((rule, index) => {
    const rulePath: Path = [...path, 'rules', index];
    context.claimId('rule', rule.id, rulePath);
    checkRuleVocabularyReferences(rule, rulePath, context);
  });
}

function checkRuleVocabularyReferences(rule: ChainRule, path: Path, context: BranchCheckContext): void {
  const known = context.chain.vocabularies ?? {};
  const lists: Array<[string, string[] | undefined]> = [
    ['any', rule.keywords?.any],
    ['all', rule.keywords?.all],
    ['exclude', rule.keywords?.exclude],
  ];
  for (const [listName, terms] of lists) {
    terms?.forEach((entry, index) => {
      for (const term of entry.split('|')) {
        if (term.startsWith('@') && !(term.slice(1) in known)) {
          const message = `unknown vocabulary "${term}" (define it under "vocabularies")`;
          context.report([...path, 'keywords', listName, index], message);
        }
      }
    });
  }
}

function checkVocabularies(chain: ChainShape, report: (path: Path, message: string) => void): void {
  for (const [name, terms] of Object.entries(chain.vocabularies ?? {})) {
    terms.forEach((term, index) => {
      if (term.startsWith('@'))
        report(['vocabularies', name, index], 'vocabularies cannot reference other vocabularies');
    });
  }
}
