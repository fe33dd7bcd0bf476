import { describe, expect, it } from 'vitest';
import { EP2400812_CLAIM_1, US8926509_CLAIM_1, US8927118_CLAIM_1 } from './claim-fixtures';
import { independentClaims, isIndependentClaim, referencedClaims, splitClaim } from './split';

describe('splitClaim on real English claims', () => {
  it('splits an EP two-part claim at "comprising" and at "characterized in that"', () => {
    const claim = splitClaim(EP2400812_CLAIM_1);
    expect(claim.language).toBe('en');
    expect(claim.preamble).toBe('A communication device (100)');
    expect(claim.transition).toBe('comprising');
    expect(claim.elements).toHaveLength(4);
    expect(claim.elements[0]).toBe(
      'a first Bluetooth transceiver circuitry (102) providing a first Bluetooth connection to a first Bluetooth network',
    );
    expect(claim.elements[1]).toMatch(
      /^the communication device \(100\) further comprises at least a second/,
    );
    expect(claim.elements[2]).toMatch(/^an internal connection \(105\)/);
    expect(claim.elements[3]).toMatch(/^processing means \(110\)/);
  });

  it('splits a US claim with (a)/(b)/(c) elements and drops the markers and "and"', () => {
    const claim = splitClaim(US8926509_CLAIM_1);
    expect(claim.preamble).toBe('A system for measuring physiological signals');
    expect(claim.transition).toBe('comprising');
    expect(claim.elements.map((element) => element.slice(0, 24))).toEqual([
      'a patch-ASIC chip adapte',
      'the gate-ASIC chip compr',
      'the base-ASIC chip compr',
    ]);
  });

  it('uses "wherein" when the claim has no "comprising"', () => {
    const claim = splitClaim(US8927118_CLAIM_1);
    expect(claim).toEqual({
      language: 'en',
      preamble: 'A material for an organic electroluminescence device represented by the formula (5)',
      transition: 'wherein',
      elements: [
        'X5 and X6 represent N—R1',
        'R1 represents a substituted or unsubstituted aromatic hydrocarbon group having a ring formed of 6 to 24 carbon atoms',
      ],
    });
  });
});

describe('splitClaim on Chinese claims (written in the CNIPA style)', () => {
  it('splits at 包括, then the characterising part 其特征在于 by ；', () => {
    const claim = splitClaim(
      '1. 一种锂离子电池正极材料，包括镍钴锰酸锂内核和包覆于所述内核表面的包覆层，其特征在于：所述包覆层为氧化铝；' +
        '所述包覆层的厚度为2～10nm；所述内核的中值粒径D50为3～15μm。',
    );
    expect(claim).toEqual({
      language: 'zh',
      preamble: '一种锂离子电池正极材料',
      transition: '包括',
      elements: [
        '镍钴锰酸锂内核和包覆于所述内核表面的包覆层',
        '所述包覆层为氧化铝',
        '所述包覆层的厚度为2～10nm',
        '所述内核的中值粒径D50为3～15μm',
      ],
    });
  });

  it('splits by ， when the claim has no ；', () => {
    const claim = splitClaim(
      '一种无人机折叠机臂，包括机身、机臂和连接件，所述机臂通过所述连接件与所述机身铰接，所述连接件内设有锁止弹簧。',
    );
    expect(claim.elements).toEqual([
      '机身、机臂和连接件',
      '所述机臂通过所述连接件与所述机身铰接',
      '所述连接件内设有锁止弹簧',
    ]);
  });

  it('takes 其特征在于 as the transition when it comes first, and drops a leading 包括', () => {
    const claim = splitClaim(
      '一种电池包散热结构，其特征在于，包括底板和液冷板；所述液冷板设置在所述底板上方。',
    );
    expect(claim).toMatchObject({
      preamble: '一种电池包散热结构',
      transition: '其特征在于',
      elements: ['底板和液冷板', '所述液冷板设置在所述底板上方'],
    });
  });

  it('returns the whole text as preamble when there is no transition', () => {
    expect(splitClaim('A widget.')).toEqual({
      language: 'en',
      preamble: 'A widget',
      transition: null,
      elements: [],
    });
  });
});

describe('independent claims', () => {
  const claims = [
    { number: 1, text: EP2400812_CLAIM_1 },
    {
      number: 2,
      text: '2. The device of claim 1, wherein one of the first Bluetooth transceiver circuitry …',
    },
    { number: 4, text: '4. The device of claim 2 or 3, wherein said processing means …' },
    { number: 5, text: '5. The device of any preceding claim, wherein …' },
    { number: 7, text: '7. 根据权利要求1或2所述的正极材料，其特征在于，所述包覆层为氧化铝。' },
    { number: 8, text: '8. 一种锂离子电池，其特征在于，包括正极片。' },
    { number: 9, text: '9. A method of operating a communication device.', dependsOn: [1] },
  ];

  it('finds referenced claim numbers in English and Chinese', () => {
    expect(referencedClaims(claims[2]!.text)).toEqual([2, 3]);
    expect(referencedClaims(claims[4]!.text)).toEqual([1, 2]);
    expect(referencedClaims('as claimed in claims 1 to 3')).toEqual([1, 3]);
  });

  it('keeps claims that reference no other claim and declare no dependency', () => {
    expect(independentClaims(claims).map((claim) => claim.number)).toEqual([1, 8]);
    expect(isIndependentClaim({ number: 3, text: 'A kit.' })).toBe(true);
  });
});
