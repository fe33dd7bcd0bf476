/** A small FTO answer for the risk view's tests (shape of FtoResponse; values as the demo corpus gives). */
import type { FtoResponse } from '@graph-schema/dto/fto';

export const FTO_ANSWER: FtoResponse = {
  asOf: '2025-06-30',
  jurisdictions: ['CN'],
  features: ['硅基底', '隧穿氧化层的厚度为1~2nm'],
  featureSource: 'description',
  indexed: 1200,
  candidatesScreened: 42,
  truncated: false,
  disclaimer: { zh: '初筛，不构成法律意见。', en: 'A screening, not a legal opinion.' },
  method: {
    code: 'note.ftoMethod',
    params: { offices: 'CN', asOf: '2025-06-30', maxCandidates: 200 },
    text: 'BM25 + claim charts',
  },
  results: [
    {
      rank: 1,
      patentId: 'CN211667217U',
      jurisdiction: 'CN',
      title: '一种边框',
      applicant: '辰光光伏科技股份有限公司',
      riskLevel: 'High',
      reasons: [
        {
          code: 'fto.literalMatch',
          params: { claims: [1] },
          text: 'every element of claim(s) 1 found identically',
        },
      ],
      legalStatus: 'active',
      expiryDate: '2030-01-02',
      remainingTermYears: 4.512,
      relevance: { bm25: 12.3, matchedTerms: ['硅基底'] },
      claimCharts: [
        {
          claimNumber: 1,
          preamble: '一种边框',
          elements: [
            { element: '硅基底', bestFeature: '硅基底', score: 100, kind: 'identical' },
            { element: '主栅和细栅', bestFeature: null, score: 12.4, kind: 'missing' },
          ],
          allElementsIdentical: false,
          missingElements: 1,
        },
      ],
    },
    {
      rank: 2,
      patentId: 'US2023000001A1',
      jurisdiction: 'US',
      title: null,
      applicant: null,
      riskLevel: '待核查',
      reasons: [{ code: 'fto.legalStatusMissing', params: {}, text: 'legal status missing: needs review' }],
      legalStatus: 'unknown',
      expiryDate: null,
      remainingTermYears: null,
      relevance: { bm25: 3, matchedTerms: [] },
      claimCharts: [],
    },
  ],
};
