import { describe, expect, it } from 'vitest';
import { dataVersionLabel } from './data-version-label';
import { createTranslator } from './index';

const en = createTranslator('en');
const zh = createTranslator('zh');

describe('dataVersionLabel', () => {
  const version = '3|2026-12-05T02:11:09.123Z|145853|2';

  it('words a full fingerprint in English', () => {
    expect(dataVersionLabel(en, 'en', version)).toBe(
      'data loaded 2026-12-05 02:11 UTC (145,853 patents, 2 curation changes since)',
    );
  });

  it('words it in Chinese without English words', () => {
    expect(dataVersionLabel(zh, 'zh', version)).toBe(
      '数据载入于 2026-12-05 02:11 UTC（145,853 件专利，其后 2 次整理变更）',
    );
  });

  it('keeps a hashed version as a code, and says when nothing was loaded or the version is unknown', () => {
    expect(dataVersionLabel(en, 'en', 'v-0123456789ab')).toBe('data version v-0123456789ab');
    expect(dataVersionLabel(en, 'en', '0||0|0')).toBe('no data loaded yet');
    expect(dataVersionLabel(zh, 'zh', '')).toBe('数据版本未记录');
  });
});
