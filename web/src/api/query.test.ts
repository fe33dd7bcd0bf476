import { ChainPanoramaQuery } from '@graph-schema/dto/chains';
import { GapsQuery } from '@graph-schema/dto/gaps';
import { LandscapeQuery } from '@graph-schema/dto/landscape';
import { ApplicantCpcMapQuery } from '@graph-schema/dto/maps';
import { SearchQuery } from '@graph-schema/dto/search';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../scope/filters';
import { apiUrl } from './query';

describe('apiUrl', () => {
  it('sends filters under the API parameter names plus the endpoint parameters', () => {
    const url = apiUrl(
      '/api/maps/applicant-cpc',
      ApplicantCpcMapQuery,
      { topApplicants: 20, topClasses: 30 },
      {
        from: 2015,
        to: 2024,
        dateBasis: 'publication',
        jurisdiction: ['CN', 'US'],
        cpc: 'H01M',
        applicants: [],
      },
    );
    expect(url).toBe(
      '/api/maps/applicant-cpc?from=2015&to=2024&dateBasis=publication&jurisdiction=CN%2CUS&cpc=H01M&topApplicants=20&topClasses=30',
    );
  });

  it('omits the query string when nothing is set', () => {
    expect(apiUrl('/api/landscape', LandscapeQuery, {}, DEFAULT_FILTERS)).toBe('/api/landscape');
  });

  it('lets a parameter win over the filter of the same name, in the schema order', () => {
    const filters = { ...DEFAULT_FILTERS, chain: 'ev', from: 2020, applicants: ['byd'] };
    const request = { chain: 'lithium-battery', applicant: 'catl', competitors: [] };
    expect(apiUrl('/api/gaps', GapsQuery, request, filters)).toBe(
      '/api/gaps?from=2020&chain=lithium-battery&applicants=byd&applicant=catl',
    );
  });

  it('leaves out filters the endpoint does not take (the panorama has its chain in the path)', () => {
    const filters = { ...DEFAULT_FILTERS, chain: 'ev', branch: 'ev:1.2' };
    expect(apiUrl('/api/chains/ev/panorama', ChainPanoramaQuery, { applicant: undefined }, filters)).toBe(
      '/api/chains/ev/panorama?branch=ev%3A1.2',
    );
  });

  it('types the parameters from the schema', () => {
    expect(apiUrl('/api/search', SearchQuery, { q: '电池 pack', limit: 5 })).toBe(
      '/api/search?q=%E7%94%B5%E6%B1%A0+pack&limit=5',
    );
    // @ts-expect-error: `top` is not a parameter of the search.
    apiUrl('/api/search', SearchQuery, { q: 'x', top: 5 });
    // @ts-expect-error: the gaps endpoint needs the target applicant.
    apiUrl('/api/gaps', GapsQuery, { chain: 'ev' });
    // @ts-expect-error: limits are numbers.
    apiUrl('/api/maps/applicant-cpc', ApplicantCpcMapQuery, { topApplicants: '20' });
  });
});
