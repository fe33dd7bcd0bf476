/**
 * Legal forms (`legal-forms.json`, after ISO 20275 ELF): removed from party keys so `VITROCISET
 * S P A`, `Vitrociset S.p.A.` and `VITROCISET SPA` meet, and read as a sign of an organisation.
 * Forms are matched on whole words of the folded name (parties.ts `foldPunctuation`), never inside
 * a word, and a name is never reduced to nothing.
 */
import { z } from 'zod';
import data from './legal-forms.json';

const LegalFormsFile = z.object({
  forms: z.array(
    z.object({
      form: z.string().min(1),
      jurisdictions: z.array(z.string().length(2)).min(1),
      position: z.enum(['end', 'start', 'either']),
      spellings: z.array(z.string().min(1)).min(1),
      /** Regular expressions over whole words, for romanisations too varied to list. */
      patterns: z.array(z.string().min(1)).optional(),
    }),
  ),
});
const { forms } = LegalFormsFile.parse(data);
type LegalForm = (typeof forms)[number];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One alternation per position. Patterns and longer spellings come first, so at the start `ooo`
 * never wins over a longer form; at the end the leftmost match is already the longest.
 */
function alternation(where: 'end' | 'start', among: readonly LegalForm[] = forms): string {
  const here = among.filter((form) => form.position === where || form.position === 'either');
  const spellings = here.flatMap((form) => form.spellings).sort((a, b) => b.length - a.length);
  return [...here.flatMap((form) => form.patterns ?? []), ...spellings.map(escapeRegExp)].join('|');
}
// The space inside each expression keeps at least one word of the name.
const AT_END = new RegExp(` (?:${alternation('end')})$`);
const AT_START = new RegExp(`^(?:${alternation('start')}) `);

/** The words that remain once legal forms are taken off both ends (at least one word stays). */
export function withoutLegalForms(words: readonly string[]): string[] {
  let rest = words.join(' ');
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(AT_END, '').replace(AT_START, '');
  }
  return rest === '' ? [] : rest.split(' ');
}

/** Forms used only where names are written in Cyrillic: a Latin name carrying one is a romanised name. */
const CYRILLIC_JURISDICTIONS: ReadonlySet<string> = new Set(['RU', 'UA', 'BY', 'KZ']);
const CYRILLIC_ONLY = forms.filter((form) =>
  form.jurisdictions.every((jurisdiction) => CYRILLIC_JURISDICTIONS.has(jurisdiction)),
);
const CYRILLIC_ONLY_AT_END = new RegExp(` (?:${alternation('end', CYRILLIC_ONLY)})$`);
const CYRILLIC_ONLY_AT_START = new RegExp(`^(?:${alternation('start', CYRILLIC_ONLY)}) `);

/** True when the folded words start or end with a legal form used only in RU, UA, BY or KZ (`OOO`, `ZAO`, `TOV`). */
export function hasCyrillicOnlyLegalForm(words: readonly string[]): boolean {
  const name = words.join(' ');
  return CYRILLIC_ONLY_AT_END.test(name) || CYRILLIC_ONLY_AT_START.test(name);
}

/** True when the folded words start or end with a legal form (and have a name besides it). */
export function hasLegalForm(words: readonly string[]): boolean {
  return withoutLegalForms(words).length < words.length;
}
