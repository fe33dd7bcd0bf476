/**
 * The data version in words (pins, the search page): when the data was last loaded, how many
 * patents and curation changes it holds, instead of the fingerprint string the server keys caches
 * by. A hashed version (users who see only some workspaces) has no parts and stays as it is.
 */
import { parseDataVersion } from '@graph-schema/vocabulary/data-version';
import { formatInteger, type Lang, type Translate } from './index';

export function dataVersionLabel(t: Translate, lang: Lang, version: string): string {
  if (version === '') return t('dataVersion.unknown');
  const parts = parseDataVersion(version);
  if (!parts) return t('dataVersion.code', { version });
  if (parts.lastIngestAt === null) return t('dataVersion.empty');
  return t('dataVersion.label', {
    // Minutes are enough to tell two loads apart on screen; the fingerprint itself stays exact.
    when: `${parts.lastIngestAt.slice(0, 16).replace('T', ' ')} UTC`,
    patents: formatInteger(parts.patents, lang),
    changes: formatInteger(parts.changes, lang),
  });
}
