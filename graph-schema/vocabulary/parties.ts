/**
 * Applicants, owners and inventors: what kind of party a name is, and the key that merges the
 * spellings of one party (`SZ DJI Technology Co., Ltd.` and `SZ DJI TECHNOLOGY CO LTD` share
 * `sz dji tech`). Applicant and Inventor nodes are keyed by it; ingest forms it (after its alias
 * table picks the canonical name) and the API forms it from what a user types.
 */
import { z } from 'zod';
import { hasCyrillicOnlyLegalForm, withoutLegalForms } from './legal-forms';
import { hasHan, toHalfWidth } from './text-forms';
import { foldSpellingVariants, hasCyrillic, transliterate } from './transliteration';

export const PARTY_KINDS = ['organisation', 'person', 'unknown'] as const;
export const PartyKind = z.enum(PARTY_KINDS);
export type PartyKind = z.infer<typeof PartyKind>;

/** Chinese and Japanese legal forms at the end of a Han name, longest first. */
const LEGAL_SUFFIXES_ZH = ['股份有限公司', '有限责任公司', '集团有限公司', '有限公司', '株式会社', '公司'];
const SUFFIX_ZH = new RegExp(`(?:${LEGAL_SUFFIXES_ZH.join('|')})$`);

/**
 * Word forms folded to one spelling in keys: `TECHNOLOGY` and DOCDB's `TECH` are one company.
 * Applied after transliteration, so `институт`, `INSTITUT` and DOCDB's `INST` meet too.
 */
const KEY_ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\btechnolog(?:y|ies)\b/g, 'tech'],
  [/\buniversit(?:y|et)\b/g, 'univ'],
  [/\binstitute?\b/g, 'inst'],
  [/\binternational\b/g, 'intl'],
  [/\bmanufacturing\b/g, 'mfg'],
  [/\blaborator(?:y|ies)\b/g, 'lab'],
];

/** Lower-case, half-width, punctuation folded to single spaces; dotted initials (`K.K.`) become one word. */
export function foldPunctuation(name: string): string {
  return (
    toHalfWidth(name)
      .toLowerCase()
      // Dotted initials (`K.K.`, `S.A.`, `N.V.`) become one word before dots turn into spaces.
      .replace(/\b([a-z])\.(?:\s?([a-z])\.)+/g, (match) => match.replace(/[.\s]/g, ''))
      .replace(/[.,;:'"`‘’“”„«»‹›()[\]{}&+/\\\-_·•]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * Merge key: lowercase, punctuation and quotes folded to spaces, legal forms (legal-forms.json)
 * removed from both ends, Cyrillic transliterated and variant romanisations folded
 * (transliteration.json), so `ООО «Аэроскан»` and `OOO AEROSKAN` share `aeroskan`.
 */
export function partyKey(name: string): string {
  const folded = foldPunctuation(name);
  if (hasHan(folded)) return folded.replace(/\s/g, '').replace(SUFFIX_ZH, '') || folded;
  const words = folded.split(' ');
  // Legal forms first: the Cyrillic spellings (`ао` at the start) are listed as written.
  const cyrillicName = hasCyrillic(folded) || hasCyrillicOnlyLegalForm(words);
  const latin = transliterate(withoutLegalForms(words).join(' '));
  const abbreviated = KEY_ABBREVIATIONS.reduce(
    (text, [pattern, short]) => text.replace(pattern, short),
    latin,
  );
  return foldSpellingVariants(abbreviated, cyrillicName);
}
