import { describe, expect, it } from 'vitest';
import { kindText, legalStatusText, preferredTitle, sourceLocation } from './patent-format';

describe('patent details text', () => {
  it('prefers the title in the UI language and falls back to the other, then the number', () => {
    const both = { id: 'CN1A', title: { zh: '电池', en: 'Battery' } };
    expect(preferredTitle(both, 'zh')).toBe('电池');
    expect(preferredTitle(both, 'en')).toBe('Battery');
    expect(preferredTitle({ id: 'CN1A', title: { zh: '电池', en: null } }, 'en')).toBe('电池');
    expect(preferredTitle({ id: 'CN1A', title: { zh: null, en: '' } }, 'zh')).toBe('CN1A');
  });

  it('writes the source as file:line', () => {
    expect(sourceLocation({ file: 'exports/a.csv', line: 12, format: 'lens' })).toBe('exports/a.csv:12');
    expect(sourceLocation({ file: 'b.xml', line: null, format: null })).toBe('b.xml');
    expect(sourceLocation({ file: null, line: 3, format: null })).toBeUndefined();
  });

  it('shows the raw legal status only when it adds something', () => {
    expect(legalStatusText({ legalStatus: 'active', legalStatusRaw: '有效' })).toBe('active (有效)');
    expect(legalStatusText({ legalStatus: 'active', legalStatusRaw: 'active' })).toBe('active');
    expect(legalStatusText({ legalStatus: null, legalStatusRaw: 'PENDING' })).toBe('PENDING');
    expect(legalStatusText({ legalStatus: null, legalStatusRaw: null })).toBeUndefined();
    const zh = (status: string) => ({ active: '有效', inactive: '失效' })[status] ?? status;
    expect(legalStatusText({ legalStatus: 'inactive', legalStatusRaw: '未缴年费' }, zh)).toBe(
      '失效 (未缴年费)',
    );
    expect(legalStatusText({ legalStatus: 'active', legalStatusRaw: '有效' }, zh)).toBe('有效');
  });

  it('joins kind code and type', () => {
    expect(kindText({ kind: 'A', type: 'invention' })).toBe('A · invention');
    expect(kindText({ kind: null, type: null })).toBeUndefined();
  });
});
