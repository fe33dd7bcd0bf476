/**
 * IPC/CPC symbols → section / class / subclass / main group / subgroup. Accepts the spellings seen
 * in exports: `H01M 10/0525`, `H01M10/0525(2013.01)`, `H01M  10/052`, `B64C39/02 I`, DOCDB
 * fixed width `H01M0010052500`, OPS text `H04W  84/    20            A I`.
 */
import type { Classification } from '../record';
import { MemoTable } from './memo';
import { toHalfWidth } from './text';

type Scheme = Classification['scheme'];

/** DOCDB fixed width: subclass + 4-digit main group + 6-digit subgroup. */
const FIXED_WIDTH = /^([A-HY])(\d{2})([A-Z])(\d{4})(\d{6})(.*)$/;
const SPACED = /^([A-HY])\s*(\d{2})\s*([A-Z])(?:\s*0*(\d{1,4})\s*\/\s*(\d{1,6}))?(.*)$/;

/** Subgroup digits after the second are decimal places, so trailing zeros carry no meaning. */
function trimSubgroup(subgroup: string): string {
  const trimmed = subgroup.replace(/0+$/, '');
  return trimmed.length >= 2 ? trimmed : trimmed.padEnd(2, '0');
}

/** I = inventive, N = non-inventive (IPC 8 value); DOCDB packs it after the version date. */
function inventiveFlag(rest: string): boolean | undefined {
  const docdb = /\d{8}[A-Z]?[FL]([IN])/.exec(rest);
  const flag = docdb?.[1] ?? /(?:^|[\s)])([IN])\s*$/.exec(rest.trim())?.[1];
  if (flag === 'I') return true;
  if (flag === 'N') return false;
  return undefined;
}

/** Symbols recur across records: each spelling is parsed once per scheme (memo.ts). */
const SYMBOLS = new MemoTable<Classification>();

export function parseClassification(raw: string, scheme: Scheme): Classification | undefined {
  return SYMBOLS.get(`${scheme}\u0000${raw}`, () => parseClassificationOnce(raw, scheme));
}

function parseClassificationOnce(raw: string, scheme: Scheme): Classification | undefined {
  const text = toHalfWidth(raw).toUpperCase().trim();
  const match = FIXED_WIDTH.exec(text.replace(/\s+/g, '')) ?? SPACED.exec(text);
  if (!match) return undefined;
  const [, section, classDigits, subclassLetter, mainGroupDigits, subgroupDigits, rest] =
    match as unknown as [string, string, string, string, string | undefined, string | undefined, string];
  const subclass = `${section}${classDigits}${subclassLetter}`;
  const parsed: Classification = {
    scheme,
    symbol: subclass,
    section,
    class: `${section}${classDigits}`,
    subclass,
  };
  if (mainGroupDigits && subgroupDigits) {
    const mainGroup = String(Number(mainGroupDigits));
    parsed.symbol = `${subclass}${mainGroup}/${trimSubgroup(subgroupDigits)}`;
    parsed.mainGroup = `${subclass}${mainGroup}/00`;
    parsed.subgroup = parsed.symbol;
  }
  const inventive = inventiveFlag(rest);
  if (inventive !== undefined) parsed.inventive = inventive;
  return parsed;
}

/** Builds a symbol from the split XML elements (USPTO, OPS): section, class, subclass, groups. */
export function classificationFromParts(
  parts: {
    section: string;
    class: string;
    subclass: string;
    mainGroup: string;
    subgroup: string;
    value?: string;
  },
  scheme: Scheme,
): Classification | undefined {
  const text = `${parts.section}${parts.class}${parts.subclass} ${parts.mainGroup}/${parts.subgroup} ${parts.value ?? ''}`;
  return parseClassification(text, scheme);
}
