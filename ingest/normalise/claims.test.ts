import { describe, expect, it } from 'vitest';
import { claimReferences, splitClaims } from './claims';

describe('splitClaims', () => {
  it('splits an English block and finds dependencies', () => {
    const block =
      '1. A drone comprising an arm. 2. The drone of claim 1, wherein the arm folds in 2 steps. 3. The drone according to any one of claims 1 to 2, further comprising a camera.';
    expect(splitClaims(block)).toEqual([
      { number: 1, text: 'A drone comprising an arm.', dependsOn: [], lang: 'en' },
      {
        number: 2,
        text: 'The drone of claim 1, wherein the arm folds in 2 steps.',
        dependsOn: [1],
        lang: 'en',
      },
      {
        number: 3,
        text: 'The drone according to any one of claims 1 to 2, further comprising a camera.',
        dependsOn: [1, 2],
        lang: 'en',
      },
    ]);
  });

  it('splits a Chinese block', () => {
    const claims = splitClaims(
      '1、一种正极材料。2、根据权利要求1所述的正极材料，其特征在于…。3、根据权利要求1-2任一项所述的材料。',
    );
    expect(claims.map((claim) => [claim.number, claim.dependsOn, claim.lang])).toEqual([
      [1, [], 'zh'],
      [2, [1], 'zh'],
      [3, [1, 2], 'zh'],
    ]);
  });

  it('treats an unnumbered block as claim 1 and ignores references to later claims', () => {
    expect(splitClaims('A method of making pizza.')).toEqual([
      { number: 1, text: 'A method of making pizza.', dependsOn: [], lang: 'en' },
    ]);
    expect(claimReferences('as in claim 5 or claim 1', 3)).toEqual([1]);
  });
});

describe('claimReferences: any preceding claim', () => {
  it('means every earlier claim unless numbers are given', () => {
    expect(claimReferences('The device of any preceding claim, wherein', 4)).toEqual([1, 2, 3]);
    expect(claimReferences('The network of any preceding claim 7 to 9, wherein', 10)).toEqual([7, 8, 9]);
    expect(claimReferences('根据前述任一项权利要求所述的装置', 3)).toEqual([1, 2]);
  });
});
