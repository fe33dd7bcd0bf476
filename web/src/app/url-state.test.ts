import { describe, expect, it } from 'vitest';
import type { AppState } from './state';
import { decodeUrlState, encodeUrlState } from './url-state';

const defaults = { view: 'landscape', lang: 'en', viewIds: ['landscape', 'applicant-cpc'] } as const;

describe('URL state', () => {
  it('round-trips a full state', () => {
    const state: AppState = {
      view: 'applicant-cpc',
      lang: 'zh',
      filters: {
        from: 2015,
        to: 2024,
        dateBasis: 'application',
        jurisdiction: ['CN', 'US'],
        cpc: 'H01M10',
        applicants: [],
      },
      viewParams: { layout: 'concentric', sel: 'applicant:比亚迪 & co' },
    };
    const search = encodeUrlState(state);
    expect(search).toBe(
      '?view=applicant-cpc&lang=zh&from=2015&to=2024&dateBasis=application&jurisdiction=CN,US&cpc=H01M10' +
        '&layout=concentric&sel=applicant:%E6%AF%94%E4%BA%9A%E8%BF%AA+%26+co',
    );
    expect(decodeUrlState(search, defaults)).toStrictEqual({ state, problems: [] });
  });

  it('leaves defaults out and restores them', () => {
    const state: AppState = {
      view: 'landscape',
      lang: 'en',
      filters: { dateBasis: 'priority', jurisdiction: [], applicants: [] },
      viewParams: {},
    };
    expect(encodeUrlState(state)).toBe('?view=landscape&lang=en');
    expect(decodeUrlState('', defaults)).toStrictEqual({ state, problems: [] });
  });

  it('drops and reports bad values instead of failing', () => {
    const decoded = decodeUrlState(
      '?view=nope&lang=fr&from=abc&to=2020&jurisdiction=CHN&cpc=h01m&dateBasis=grant',
      defaults,
    );
    expect(decoded.state).toStrictEqual({
      view: 'landscape',
      lang: 'en',
      filters: { dateBasis: 'priority', jurisdiction: [], applicants: [], to: 2020, cpc: 'H01M' },
      viewParams: {},
    });
    expect(decoded.unknownView).toBe('nope');
    expect(decoded.problems.map((p) => p.field)).toEqual(['from', 'dateBasis', 'jurisdiction']);
  });

  it('rejects a year range that runs backwards', () => {
    const decoded = decodeUrlState('?from=2024&to=2010', defaults);
    expect(decoded.state.filters).toStrictEqual({
      dateBasis: 'priority',
      jurisdiction: [],
      applicants: [],
      to: 2010,
    });
    expect(decoded.problems).toStrictEqual([{ field: 'from', message: 'from must not be after to' }]);
  });

  it('keeps the open project in the URL and drops an id the contract rejects', () => {
    const state: AppState = {
      view: 'gaps',
      lang: 'zh',
      // The open project also scopes branch counts (its overrides): the app keeps it in the filters too.
      filters: { dateBasis: 'priority', jurisdiction: [], applicants: [], project: 'p-42' },
      viewParams: { metric: 'rta' },
      project: 'p-42',
    };
    const search = encodeUrlState(state);
    expect(search).toBe('?view=gaps&lang=zh&project=p-42&metric=rta');
    expect(decodeUrlState(search, { ...defaults, viewIds: ['gaps'] })).toStrictEqual({ state, problems: [] });
    expect(decodeUrlState('?project=../x', defaults).state).toStrictEqual({
      view: 'landscape',
      lang: 'en',
      filters: { dateBasis: 'priority', jurisdiction: [], applicants: [] },
      viewParams: {},
    });
  });
});
