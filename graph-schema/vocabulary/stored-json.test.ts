import { describe, expect, it } from 'vitest';
import { ClaimsJson } from './claims';
import { LegalEventsJson } from './legal-events';

describe('JSON properties', () => {
  const claims = [
    { number: 1, text: 'A battery comprising a cell.', dependsOn: [], lang: 'en' as const },
    { number: 2, text: 'The battery of claim 1, wherein …', dependsOn: [1] },
  ];

  it('round-trip: what the writer encodes, a reader decodes to the same value', () => {
    const json = ClaimsJson.encode(claims);
    expect(json).toBe(JSON.stringify(claims));
    expect(ClaimsJson.parse(json)).toEqual(claims);
    expect(LegalEventsJson.parse('[{"date":"2021-03-01","code":"未缴年费"}]')).toEqual([
      { date: '2021-03-01', code: '未缴年费' },
    ]);
  });

  it('reject text that is not JSON, and JSON of another shape, naming where', () => {
    expect(ClaimsJson.safeParse('[{').error?.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_format', []],
    ]);
    expect(
      LegalEventsJson.safeParse('[{"date":"1 March 2021"}]').error?.issues.map((issue) => issue.path),
    ).toEqual([
      [0, 'date'],
      [0, 'code'],
    ]);
    expect(() => ClaimsJson.encode([{ number: 0, text: 'x', dependsOn: [] }])).toThrow();
  });
});
