import { GapsQuery } from '@graph-schema/dto/gaps';
import { describe, expect, it } from 'vitest';
import { apiPath, apiSearch, parseSearch } from './analysis-query';

describe('apiSearch / parseSearch', () => {
  const scope = {
    dateBasis: 'priority' as const,
    from: 2015,
    to: 2024,
    jurisdiction: ['CN', 'US'],
    chain: 'lithium-battery',
  };

  it('prints the scope in field order, then the extra parameters, lists comma-joined, empty ones left out', () => {
    const search = apiSearch(scope, {
      applicant: '翠峰锂业',
      competitors: ['甲', '乙'],
      empty: [],
      none: undefined,
    });
    expect(apiPath('/api/gaps', search)).toBe(
      '/api/gaps?from=2015&to=2024&dateBasis=priority&jurisdiction=CN%2CUS&chain=lithium-battery&applicant=%E7%BF%A0%E5%B3%B0%E9%94%82%E4%B8%9A&competitors=%E7%94%B2%2C%E4%B9%99',
    );
  });

  it('parses the endpoint query from the very string it prints', () => {
    const query = parseSearch(
      GapsQuery,
      apiSearch(scope, { applicant: '翠峰锂业', competitors: ['甲', '乙'] }),
    );
    expect(query).toEqual({
      ...scope,
      applicant: '翠峰锂业',
      competitors: ['甲', '乙'],
      ownLowBelow: 2,
      competitorRatio: 2,
    });
  });
});
