/**
 * The bounds on non-patent citation texts kept on a Patent (graph-schema/stored/patent.ts), applied
 * the same way for every format: a longer text is shortened, texts beyond the maximum are counted but
 * not kept, and each bound applied is a warning naming the citation.
 */
import { NPL_TEXT_MAX_LENGTH, NPL_TEXTS_MAX } from '@graph-schema/stored/patent';
import type { RecordWarning } from '../record';

export interface NplText {
  text: string;
  /** The citation's number in its source (`num="00020"`, position in a list), for the warning. */
  num: number;
}

export function boundedNplTexts(
  citations: NplText[],
  field: string,
): { texts: string[]; warnings: RecordWarning[] } {
  const warnings: RecordWarning[] = [];
  const texts = citations.slice(0, NPL_TEXTS_MAX).map(({ text, num }) => {
    if (text.length <= NPL_TEXT_MAX_LENGTH) return text;
    warnings.push({
      code: 'NPL_CITATION_SHORTENED',
      message: `non-patent citation ${num} shortened from ${text.length} to ${NPL_TEXT_MAX_LENGTH} characters`,
      field,
    });
    return `${text.slice(0, NPL_TEXT_MAX_LENGTH - 1)}…`;
  });
  const cut = citations.length - texts.length;
  if (cut > 0)
    warnings.push({
      code: 'NPL_CITATIONS_CUT',
      message: `${cut} non-patent citations beyond the first ${NPL_TEXTS_MAX} counted, their texts not stored`,
      field,
    });
  return { texts, warnings };
}
