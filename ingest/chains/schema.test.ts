import {
  type ChainDefinitionError,
  formatChainError,
  validateChainDefinition,
} from '@graph-schema/chains/schema';
import { describe, expect, it } from 'vitest';
import { smallChain } from './test-chains';

const FILE = 'chains/demo.json';

function errorsOf(input: unknown): ChainDefinitionError[] {
  const result = validateChainDefinition(input, FILE);
  return result.ok ? [] : result.errors;
}

/** The small chain with its one rule replaced. */
function withRule(rule: unknown): unknown {
  const chain = structuredClone(smallChain()) as unknown as {
    segments: Array<{ branches: Array<{ children: Array<{ rules: unknown[] }> }> }>;
  };
  const leaf = chain.segments[0]?.branches[0]?.children[0];
  if (leaf) leaf.rules = [rule];
  return chain;
}

const RULE_PATH = 'segments[0].branches[0].children[0].rules[0]';

describe('chain definition schema', () => {
  it('accepts a valid chain', () => {
    expect(validateChainDefinition(smallChain(), FILE)).toEqual({ ok: true, chain: smallChain() });
  });

  it('names the file and JSON path of a bad classification pattern', () => {
    const errors = errorsOf(withRule({ id: 'r', classifications: { include: ['H02K 1*'] } }));
    expect(errors).toEqual([
      {
        file: FILE,
        path: `${RULE_PATH}.classifications.include[0]`,
        message: 'expected an IPC/CPC pattern without spaces such as "H01M10/0525*", "B60L*" or "H01M4/58"',
      },
    ]);
    expect(formatChainError(errors[0] as ChainDefinitionError)).toBe(
      `${FILE}: ${RULE_PATH}.classifications.include[0]: expected an IPC/CPC pattern without spaces such as "H01M10/0525*", "B60L*" or "H01M4/58"`,
    );
  });

  it('rejects a rule with exclusions only', () => {
    expect(errorsOf(withRule({ id: 'r', keywords: { exclude: ['燃料汽车'] } }))).toEqual([
      {
        file: FILE,
        path: RULE_PATH,
        message:
          'a rule needs classifications.include or keywords.any/keywords.all (exclusions alone match nothing)',
      },
    ]);
  });

  it('rejects unknown keys such as a misspelt "keyword"', () => {
    const errors = errorsOf(
      withRule({ id: 'r', keyword: { any: ['x'] }, classifications: { include: ['H02K*'] } }),
    );
    expect(errors).toEqual([{ file: FILE, path: RULE_PATH, message: 'Unrecognized key: "keyword"' }]);
  });

  it('rejects duplicate ids, wrong levels, mixed leaves and unknown vocabularies', () => {
    const chain = smallChain();
    const drive = chain.segments[0]?.branches[0];
    if (!drive?.children?.[0]) throw new Error('fixture changed');
    drive.children.push({ ...drive.children[0], level: 1 });
    drive.rules = [{ id: 'demo-extra', keywords: { any: ['@missing'] } }];
    expect(errorsOf(chain)).toEqual([
      {
        file: FILE,
        path: 'segments[0].branches[0]',
        message: 'a branch has either children or rules, not both (tags are given to leaf branches)',
      },
      {
        file: FILE,
        path: 'segments[0].branches[0].children[1].id',
        message: 'duplicate branch id "demo-motor" (first used at segments[0].branches[0].children[0])',
      },
      {
        file: FILE,
        path: 'segments[0].branches[0].children[1].level',
        message: 'level 1 does not match depth 2 (at most 3 levels)',
      },
      {
        file: FILE,
        path: 'segments[0].branches[0].children[1].rules[0].id',
        message:
          'duplicate rule id "demo-motor-r1" (first used at segments[0].branches[0].children[0].rules[0])',
      },
      {
        file: FILE,
        path: 'segments[0].branches[0].rules[0].keywords.any[0]',
        message: 'unknown vocabulary "@missing" (define it under "vocabularies")',
      },
    ]);
  });

  it('requires bilingual names', () => {
    const chain = { ...smallChain(), name: { zh: '示例' } };
    expect(errorsOf(chain)).toEqual([
      { file: FILE, path: 'name.en', message: 'Invalid input: expected string, received undefined' },
    ]);
  });
});
