/**
 * The alias table an analyst would curate for the demo corpus: every English and DOCDB-style
 * spelling of a dominant applicant → its Chinese name. Written beside the exports and passed to
 * the ingest like a user's own `--aliases` file, so cross-language spellings merge in the graph.
 */
import { docdbStyle } from './applicants';
import { DOMINANT_APPLICANTS } from './vocabulary';

export function demoAliasEntries(): Record<string, string> {
  const entries: Record<string, string> = {
    _comment: 'SYNTHETIC DEMO DATA / 合成演示数据: alias table for the fictional demo applicants.',
  };
  for (const applicant of DOMINANT_APPLICANTS) {
    const canonical = applicant.zh.at(-1)!;
    for (const variant of [...applicant.zh, ...applicant.en, ...applicant.en.map(docdbStyle)]) {
      if (variant !== canonical) entries[variant] = canonical;
    }
  }
  return entries;
}
