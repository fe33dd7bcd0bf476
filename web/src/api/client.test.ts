import { describe, expect, it } from 'vitest';
import { apiUrl } from './client';

describe('apiUrl', () => {
  it('sends filters under the API parameter names plus the extras', () => {
    const url = apiUrl(
      '/api/maps/applicant-cpc',
      {
        from: 2015,
        to: 2024,
        dateBasis: 'publication',
        jurisdiction: ['CN', 'US'],
        cpc: 'H01M',
        applicants: [],
      },
      { applicants: 20, classes: 30, unused: undefined },
    );
    expect(url).toBe(
      '/api/maps/applicant-cpc?from=2015&to=2024&dateBasis=publication&jurisdiction=CN%2CUS&cpc=H01M&applicants=20&classes=30',
    );
  });

  it('omits the query string when nothing is set', () => {
    expect(apiUrl('/api/landscape', { dateBasis: 'priority', jurisdiction: [], applicants: [] })).toBe(
      '/api/landscape',
    );
  });
});
