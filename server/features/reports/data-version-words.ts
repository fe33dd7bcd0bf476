/**
 * The data version as a reader of the report sees it: when the data was loaded, how many patents
 * and curation changes it holds — the words the web app uses (web/src/i18n/data-version-label.ts),
 * not the fingerprint `runs|lastRun|patents|changes` caches are keyed by. The fingerprint itself
 * stays in the report's parameters and the dataset (cover.dataVersion, the XLSX "about" sheet),
 * where reproducing a report needs it exactly.
 */
import { parseDataVersion } from '@graph-schema/vocabulary/data-version';
import type { Bilingual } from './report-context';

const count = (value: number, language: 'zh' | 'en') =>
  value.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB');

/**
 * `dataAsOf` (the day of the last load) is the only date a hashed fingerprint (`v-…`, users who see
 * some workspaces only) can be given; a full fingerprint carries its own load time.
 */
export function dataVersionWords(version: string, dataAsOf: string | null): Bilingual {
  const parts = parseDataVersion(version);
  if (version === '') return { zh: '未记录', en: 'not recorded' };
  if (parts === null) {
    if (dataAsOf === null) return { zh: version, en: version };
    return { zh: `${version}，数据载入至 ${dataAsOf}`, en: `${version}, data loaded up to ${dataAsOf}` };
  }
  if (parts.lastIngestAt === null) return { zh: '尚未载入数据', en: 'no data loaded yet' };
  // Minutes tell two loads apart; the exact fingerprint is in the report parameters.
  const when = `${parts.lastIngestAt.slice(0, 16).replace('T', ' ')} UTC`;
  return {
    zh: `${when} 载入（${count(parts.patents, 'zh')} 件专利，其后 ${count(parts.changes, 'zh')} 次整理变更）`,
    en: `loaded ${when} (${count(parts.patents, 'en')} patents, ${count(parts.changes, 'en')} curation changes since)`,
  };
}
