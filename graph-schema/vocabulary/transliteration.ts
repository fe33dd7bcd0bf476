/**
 * Cyrillic to Latin for party keys (`transliteration.json`: BGN/PCGN for Russian and Belarusian,
 * the Ukrainian national system of 2010), and the folds that give the usual Latin spellings of a
 * Russian name (DOCDB, GOST, ICAO) the same letters. Used by keys only: display names and aliases
 * keep every spelling as written.
 */
import { z } from 'zod';
import data from './transliteration.json';

const Table = z.object({
  letters: z.record(z.string().length(1), z.string()),
  wordInitial: z.record(z.string().length(1), z.string()),
});
const Fold = z.object({ from: z.string().min(1), to: z.string(), why: z.string().min(1) });
const TransliterationFile = z.object({
  tables: z.object({ ru: Table, uk: Table, be: Table }),
  tableFor: z.array(z.object({ letters: z.string().min(1), table: z.enum(['ru', 'uk', 'be']) })),
  defaultTable: z.enum(['ru', 'uk', 'be']),
  folds: z.object({ everywhere: z.array(Fold), cyrillicNames: z.array(Fold) }),
});
const file = TransliterationFile.parse(data);

type Table = z.infer<typeof Table>;
const compile = (folds: ReadonlyArray<z.infer<typeof Fold>>): ReadonlyArray<[RegExp, string]> =>
  folds.map((fold) => [new RegExp(fold.from, 'g'), fold.to]);
const FOLDS_EVERYWHERE = compile(file.folds.everywhere);
const FOLDS_CYRILLIC_NAMES = compile(file.folds.cyrillicNames);

const CYRILLIC = /\p{Script=Cyrillic}/u;
export function hasCyrillic(value: string): boolean {
  return CYRILLIC.test(value);
}

/** The table of the first language whose own letters the name holds (Ў Belarusian, І Ї Є Ґ Ukrainian). */
function tableOf(name: string): Table {
  const choice = file.tableFor.find((rule) => [...rule.letters].some((letter) => name.includes(letter)));
  return file.tables[choice?.table ?? file.defaultTable];
}

/** Lower-case Cyrillic letters to Latin; other characters are kept. Letters not in the table stay. */
export function transliterate(lowerCase: string): string {
  if (!hasCyrillic(lowerCase)) return lowerCase;
  const table = tableOf(lowerCase);
  let previous = ' ';
  let latin = '';
  for (const letter of lowerCase) {
    const initial = !/\p{L}/u.test(previous);
    latin += (initial ? table.wordInitial[letter] : undefined) ?? table.letters[letter] ?? letter;
    previous = letter;
  }
  return latin;
}

/**
 * Folds the variant spellings of transliterated letters to the tables' spelling. `cyrillicName`
 * (written in Cyrillic, or with a legal form only RU/UA/BY/KZ use) also folds J/Y, IA/YA, TC/TS and
 * YE/E, which elsewhere tell two pinyin or Korean names apart.
 */
export function foldSpellingVariants(key: string, cyrillicName: boolean): string {
  const folds = cyrillicName ? [...FOLDS_EVERYWHERE, ...FOLDS_CYRILLIC_NAMES] : FOLDS_EVERYWHERE;
  return folds.reduce((text, [pattern, spelling]) => text.replace(pattern, spelling), key);
}
