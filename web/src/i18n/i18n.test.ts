import { describe, expect, it } from 'vitest';
import { en } from './en';
import { createTranslator, interpolate, langFromLocale } from './index';
import { zh } from './zh';

const placeholdersOf = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('message catalogues', () => {
  it('zh and en have exactly the same keys', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('no message is empty', () => {
    const empty = [...Object.entries(en), ...Object.entries(zh)].filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it('each key uses the same placeholders in both languages', () => {
    const mismatched = Object.keys(en).filter((key) => {
      const k = key as keyof typeof en;
      return placeholdersOf(en[k]).join() !== placeholdersOf(zh[k]).join();
    });
    expect(mismatched).toEqual([]);
  });
});

describe('translation', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} of {b}', { a: 1 })).toBe('1 of {b}');
  });

  it('translates with parameters', () => {
    expect(createTranslator('zh')('legend.size', { basis: '优先权日' })).toBe(
      '节点大小：同族数（按优先权日）',
    );
    expect(createTranslator('en')('map.summary', { nodes: 3, edges: 2 })).toBe('3 nodes, 2 links');
  });

  it('picks Chinese for any zh locale and English otherwise', () => {
    expect([
      langFromLocale('zh-CN'),
      langFromLocale('zh-Hant-TW'),
      langFromLocale('en-US'),
      langFromLocale(undefined),
    ]).toEqual(['zh', 'zh', 'en', 'en']);
  });
});
