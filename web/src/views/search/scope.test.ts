import type { ScopeSuggestion } from '@graph-schema/dto/search-results';
import { createTranslator } from '@web/src/i18n';
import { describe, expect, it } from 'vitest';
import { hasScope, leftText, scopePatch, scopeText } from './scope';

const suggestion: ScopeSuggestion = {
  applicants: ['byd', '比亚迪'],
  cpc: 'H01M',
  ipc: null,
  from: 2018,
  to: 2020,
  dateBasis: 'application',
  exact: false,
  left: ['NOT', 'ti', 'words'],
};

describe('use as scope', () => {
  it('replaces the whole scope with the query’s filters', () => {
    expect(scopePatch(suggestion)).toEqual({
      applicants: ['byd', '比亚迪'],
      cpc: 'H01M',
      ipc: undefined,
      from: 2018,
      to: 2020,
      dateBasis: 'application',
      jurisdiction: [],
      chain: undefined,
      segment: undefined,
      branch: undefined,
    });
  });

  it('says what the scope holds and what it cannot, in both languages', () => {
    const zh = createTranslator('zh');
    const en = createTranslator('en');
    expect(scopeText(suggestion, zh, 'zh')).toBe('2 个申请人；CPC H01M；2018–2020 年（申请日）');
    expect(scopeText(suggestion, en, 'en')).toBe(
      '2 applicants; CPC H01M; years 2018–2020 (application date)',
    );
    expect(leftText(suggestion, zh, 'zh')).toBe('非（NOT）、ti:、关键词');
    expect(leftText(suggestion, en, 'en')).toBe('NOT, ti:, words');
    expect(hasScope({ ...suggestion, applicants: [], cpc: null, dateBasis: null })).toBe(false);
  });
});
