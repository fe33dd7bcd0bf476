import { EP2400812_CLAIM_1 } from '@server/analytics/claims/claim-fixtures';
import { describe, expect, it } from 'vitest';
import { FTO_DISCLAIMER, type FtoCandidate, screenFreedomToOperate } from './screen';

/** A product description that states every element of EP 2400812 claim 1 (abridged fixture). */
const bridgeFeatures = [
  'A communication device with a first Bluetooth transceiver circuitry providing a first Bluetooth connection to a first Bluetooth network',
  'The communication device further comprises a second Bluetooth transceiver circuitry providing a second Bluetooth connection to a second Bluetooth network different from the first Bluetooth network',
  'An internal connection between the first Bluetooth transceiver circuitry and the second Bluetooth transceiver circuitry transfers data between the two circuitries',
  'Processing means analyze the destination of a data packet received through any one of the first and the second Bluetooth transceiver circuitry',
];

const bridgePatent: FtoCandidate = {
  id: 'EP2400812',
  jurisdiction: 'EP',
  legalStatus: 'active',
  expiry: '2030-06-24',
  claims: [
    { number: 1, text: EP2400812_CLAIM_1 },
    {
      number: 2,
      text: '2. The device of claim 1, wherein one of the circuitries operates as a master device.',
    },
  ],
};

const asOf = '2026-06-24';

describe('screenFreedomToOperate', () => {
  it('rates High when every element of an in-force independent claim is found, with evidence', () => {
    const [result] = screenFreedomToOperate(bridgeFeatures, [bridgePatent], { asOf });
    expect(result).toMatchObject({
      id: 'EP2400812',
      riskLevel: 'High',
      legalStatus: 'active',
      remainingTermYears: 4,
    });
    expect(result!.claimCharts).toHaveLength(1); // claim 2 is dependent
    const chart = result!.claimCharts[0]!;
    expect(chart).toMatchObject({
      claimNumber: 1,
      preamble: 'A communication device (100)',
      missingElements: 0,
    });
    expect(chart.elements.map((element) => element.kind)).toEqual([
      'identical',
      'identical',
      'identical',
      'identical',
    ]);
    expect(chart.elements[2]).toEqual({
      element: expect.stringMatching(/^an internal connection \(105\)/),
      bestFeature: bridgeFeatures[2],
      score: 100,
      kind: 'identical',
    });
    expect(result!.disclaimer).toEqual(FTO_DISCLAIMER);
  });

  it('is not High when the product lacks one element (all-elements rule)', () => {
    const withoutInternalConnection = bridgeFeatures.filter((_, index) => index !== 2);
    const [result] = screenFreedomToOperate(withoutInternalConnection, [bridgePatent], { asOf });
    expect(result!.riskLevel).not.toBe('High');
    expect(result!.claimCharts[0]!.allElementsIdentical).toBe(false);
    expect(result!.claimCharts[0]!.elements[2]!.kind).not.toBe('identical');
  });

  it('says 待核查, never Low, when claim text or legal status is missing', () => {
    const results = screenFreedomToOperate(
      bridgeFeatures,
      [
        { id: 'NO-CLAIMS', jurisdiction: 'CN', legalStatus: 'active' },
        { id: 'NO-STATUS', jurisdiction: 'EP', claims: bridgePatent.claims },
      ],
      { asOf },
    );
    // Same level: the one whose claim chart matched more comes first; its chart is still reported.
    expect(
      results.map(({ id, riskLevel, remainingTermYears }) => ({ id, riskLevel, remainingTermYears })),
    ).toEqual([
      { id: 'NO-STATUS', riskLevel: '待核查', remainingTermYears: null },
      { id: 'NO-CLAIMS', riskLevel: '待核查', remainingTermYears: null },
    ]);
    expect(results[0]!.claimCharts[0]!.allElementsIdentical).toBe(true);
    expect(results.map((result) => result.reasons)).toEqual([
      [{ code: 'fto.legalStatusMissing', params: {}, text: 'legal status missing: needs review' }],
      [
        {
          code: 'fto.claimsNotInExport',
          params: {},
          text: 'the export has no claims for this patent, so there is no claim chart: needs review against the full claims',
        },
      ],
    ]);
  });

  it('tells an export without claims from claims that give nothing to chart', () => {
    const boilerplateOnly = [{ number: 1, text: '1. 一种装置，其特征在于，包括所述的。' }];
    const results = screenFreedomToOperate(
      bridgeFeatures,
      [
        { id: 'NO-CLAIMS', jurisdiction: 'CN', legalStatus: 'active', claims: [] },
        { id: 'UNCHARTABLE', jurisdiction: 'CN', legalStatus: 'active', claims: boilerplateOnly },
      ],
      { asOf },
    );
    expect(
      results.map(({ id, riskLevel, reasons, claimCharts }) => ({
        id,
        riskLevel,
        codes: reasons.map((r) => r.code),
        claimCharts,
      })),
    ).toEqual([
      { id: 'NO-CLAIMS', riskLevel: '待核查', codes: ['fto.claimsNotInExport'], claimCharts: [] },
      { id: 'UNCHARTABLE', riskLevel: '待核查', codes: ['fto.noClaimText'], claimCharts: [] },
    ]);
  });

  it('screens Chinese claims against Chinese features, and rates an expired patent Low (not "no risk")', () => {
    const claim =
      '1. 一种锂离子电池正极材料，包括镍钴锰酸锂内核和包覆于所述内核表面的包覆层，其特征在于：所述包覆层为氧化铝；所述包覆层的厚度为2～10nm。';
    const features = [
      '正极材料采用镍钴锰酸锂内核，内核表面包覆有包覆层',
      '包覆层为氧化铝，包覆层的厚度为2～10nm',
    ];
    const base = { jurisdiction: 'CN', claims: [{ number: 1, text: claim }] } as const;
    const results = screenFreedomToOperate(
      features,
      [
        { ...base, id: 'CN-EXPIRED', legalStatus: 'active', expiry: '2020-01-01' },
        { ...base, id: 'CN-ACTIVE', legalStatus: 'active', expiry: '2035-01-01' },
      ],
      { asOf },
    );
    expect(results.map((result) => [result.id, result.riskLevel])).toEqual([
      ['CN-ACTIVE', 'High'],
      ['CN-EXPIRED', 'Low'],
    ]);
    expect(results.map((result) => result.reasons)).toEqual([
      [
        {
          code: 'fto.literalMatch',
          params: { claims: [1] },
          text: 'every element of claim(s) 1 found identically',
        },
      ],
      [{ code: 'fto.expired', params: {}, text: 'not in force (expired); not zero risk' }],
    ]);
    expect(JSON.stringify(results)).not.toMatch(/no risk/i);
  });

  it('rates an inactive patent Low as not in force, naming the stored reason when there is one', () => {
    const results = screenFreedomToOperate(
      bridgeFeatures,
      [
        { ...bridgePatent, id: 'LAPSED', legalStatus: 'inactive', inactiveReason: 'lapsed' },
        { ...bridgePatent, id: 'NO-REASON', legalStatus: 'inactive' },
      ],
      { asOf },
    );
    expect(
      results.map(({ id, riskLevel, legalStatus, reasons }) => ({ id, riskLevel, legalStatus, reasons })),
    ).toEqual([
      {
        id: 'LAPSED',
        riskLevel: 'Low',
        legalStatus: 'inactive',
        reasons: [
          {
            code: 'fto.notInForce',
            params: { legalStatus: 'lapsed' },
            text: 'not in force (lapsed); not zero risk',
          },
        ],
      },
      {
        id: 'NO-REASON',
        riskLevel: 'Low',
        legalStatus: 'inactive',
        reasons: [
          {
            code: 'fto.notInForce',
            params: { legalStatus: 'inactive' },
            text: 'not in force (inactive); not zero risk',
          },
        ],
      },
    ]);
  });
});
