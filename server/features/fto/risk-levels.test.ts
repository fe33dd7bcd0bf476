import { describe, expect, it } from 'vitest';
import { riskLevelSummary } from './risk-levels';
import type { FtoResult } from './screen';

const result = (id: string, riskLevel: FtoResult['riskLevel']) => ({ id, riskLevel }) as FtoResult;

describe('riskLevelSummary', () => {
  it('counts every level over all results and lists the first three of each in screening order', () => {
    const screened = [
      result('CN1', 'High'),
      result('CN2', 'High'),
      result('CN3', 'High'),
      result('CN4', 'High'),
      result('US5', '待核查'),
      result('EP6', 'Low'),
    ];
    const rows = new Map([
      [
        'CN1',
        {
          title: '正极',
          applicants: [
            { name: '乙', order: 2 },
            { name: '甲', order: 1 },
          ],
        },
      ],
      ['US5', { title: null, applicants: [] }],
    ]);
    expect(riskLevelSummary(screened, (id) => rows.get(id))).toEqual([
      {
        level: 'High',
        count: 4,
        top: [
          { patentId: 'CN1', title: '正极', applicant: '甲' },
          { patentId: 'CN2', title: null, applicant: null },
          { patentId: 'CN3', title: null, applicant: null },
        ],
      },
      { level: 'Medium', count: 0, top: [] },
      { level: '待核查', count: 1, top: [{ patentId: 'US5', title: null, applicant: null }] },
      { level: 'Low', count: 1, top: [{ patentId: 'EP6', title: null, applicant: null }] },
    ]);
  });
});
