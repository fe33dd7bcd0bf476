import { createTranslator } from '@web/src/i18n';
import { describe, expect, it } from 'vitest';
import { familyNumber, kindText, legalStatusText, preferredTitle, sourceLocation } from './patent-format';

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
    const zh = createTranslator('zh');
    expect(kindText({ kind: 'B', type: 'invention' }, (type) => zh(`patent.type.${type}`))).toBe('B · 发明');
    expect(kindText({ kind: null, type: 'utility_model' }, (type) => zh(`patent.type.${type}`))).toBe(
      '实用新型',
    );
  });

  it('shows a family id as the exporter’s number or the priority / publication number, never the graph key', () => {
    expect(familyNumber('F:incopat:60002986')).toBe('incoPat 60002986');
    expect(familyNumber('F:docdb:88888888')).toBe('DOCDB 88888888');
    expect(familyNumber('F:newsys:12')).toBe('newsys 12');
    expect(familyNumber('P:CN201910123456')).toBe('CN201910123456');
    expect(familyNumber('D:CN110000001A')).toBe('CN110000001A');
  });
});
