import { describe, expect, it } from 'vitest';
import { dataVersionWords } from './data-version-words';

describe('dataVersionWords', () => {
  it('words a full fingerprint: load time to the minute, patents and curation changes with separators', () => {
    expect(dataVersionWords('3|2026-12-05T05:31:47.120Z|1234567|2', '2026-12-05')).toEqual({
      zh: '2026-12-05 05:31 UTC 载入（1,234,567 件专利，其后 2 次整理变更）',
      en: 'loaded 2026-12-05 05:31 UTC (1,234,567 patents, 2 curation changes since)',
    });
  });

  it('keeps a hashed fingerprint as it is and adds the day of the last load', () => {
    expect(dataVersionWords('v-1f2e3d', '2026-11-30')).toEqual({
      zh: 'v-1f2e3d，数据载入至 2026-11-30',
      en: 'v-1f2e3d, data loaded up to 2026-11-30',
    });
    expect(dataVersionWords('v-1f2e3d', null)).toEqual({ zh: 'v-1f2e3d', en: 'v-1f2e3d' });
  });

  it('says when nothing was loaded or nothing is recorded, never an empty string', () => {
    expect(dataVersionWords('0||0|0', null)).toEqual({ zh: '尚未载入数据', en: 'no data loaded yet' });
    expect(dataVersionWords('', '2026-11-30')).toEqual({ zh: '未记录', en: 'not recorded' });
  });
});
