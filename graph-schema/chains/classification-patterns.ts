/**
 * IPC/CPC pattern grammar shared by chain rules and the WIPO concordance.
 *
 * Sections A–H, plus Y for CPC-only tagging codes (Y02E …).
 * A pattern is either exact (`H01M4/58`: that symbol only) or a prefix ending in `*`
 * (`H01M10/0525*`: the code and everything below it). Prefixes are compared on the hierarchy
 * the symbol text encodes: `B60K1*` is main group 1 (`B60K1/…`), never `B60K11/…`; a subgroup
 * prefix compares digits (`H01M4/13*` covers `H01M4/131`, `H01M4/1391`). The IPC dot hierarchy
 * is not in the symbol text, so a child numbered outside its parent's digits (`B60L50/61` under
 * `B60L50/60`) is not covered: list it explicitly.
 */

/** `H`, `H01`, `H01M`, `H01M10`, `H01M10/0525`, each optionally followed by `*`. */
const PATTERN_SYNTAX = /^([A-HY])(?:(\d{2})(?:([A-Z])(?:(\d{1,4})(?:\/(\d{1,6}))?)?)?)?(\*)?$/;
/** A normalised symbol: `H01M10/0525`, `H01M10/00`, or a bare subclass `H01M`. */
const SYMBOL_SYNTAX = /^([A-HY])(\d{2})([A-Z])(?:(\d{1,4})\/(\d{1,6}))?$/;

/** How a pattern is looked up: by exact symbol, or by a prefix key from `symbolPrefixKeys`. */
export interface PatternKey {
  kind: 'exact' | 'prefix';
  key: string;
}

/** Why a pattern is invalid, or `undefined` when it is well formed. */
export function patternProblem(pattern: string): string | undefined {
  const match = PATTERN_SYNTAX.exec(pattern);
  if (!match) {
    return 'expected an IPC/CPC pattern without spaces such as "H01M10/0525*", "B60L*" or "H01M4/58"';
  }
  const [, , , , mainGroup, subgroup, star] = match;
  if (star || subgroup !== undefined) return undefined;
  if (mainGroup !== undefined) return `"${pattern}" has no subgroup: write "${pattern}*" or "${pattern}/00"`;
  return `"${pattern}" names a section, class or subclass: add "*" to cover everything below it`;
}

/** The lookup key of a valid pattern (call `patternProblem` first). */
export function patternKey(pattern: string): PatternKey {
  const match = PATTERN_SYNTAX.exec(pattern);
  if (!match) throw new Error(`invalid classification pattern "${pattern}"`);
  const [, section, klass = '', sub = '', mainGroup, subgroup, star] = match;
  const head = `${section}${klass}${sub}`;
  if (!star) return { kind: 'exact', key: `${head}${mainGroup}/${subgroup}` };
  if (mainGroup === undefined) return { kind: 'prefix', key: head };
  // `B60K1*` must not reach `B60K11/…`: the slash closes the main-group number.
  if (subgroup === undefined) return { kind: 'prefix', key: `${head}${mainGroup}/` };
  return { kind: 'prefix', key: `${head}${mainGroup}/${subgroup}` };
}

/**
 * Every prefix key a symbol falls under, shortest first:
 * `H01M10/0525` → `H`, `H01`, `H01M`, `H01M10/`, `H01M10/0`, `H01M10/05`, `H01M10/052`, `H01M10/0525`.
 * Returns an empty list for text that is not an IPC/CPC symbol.
 */
export function symbolPrefixKeys(symbol: string): string[] {
  const match = SYMBOL_SYNTAX.exec(symbol);
  if (!match) return [];
  const [, section = '', klass = '', sub = '', mainGroup, subgroup] = match;
  const subclass = `${section}${klass}${sub}`;
  const keys = [section, `${section}${klass}`, subclass];
  if (mainGroup === undefined || subgroup === undefined) return keys;
  const group = `${subclass}${mainGroup}/`;
  keys.push(group);
  for (let length = 1; length <= subgroup.length; length++) keys.push(group + subgroup.slice(0, length));
  return keys;
}

/** Normalises spacing variants (`H01M 10/0525`, `H04N   3/00`) to the compact symbol form. */
export function compactSymbol(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}
