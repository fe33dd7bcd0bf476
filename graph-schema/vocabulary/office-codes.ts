/**
 * The two-letter office codes of WIPO Standard ST.3, shipped as data with its source in
 * `st3-office-codes.json`: states (ISO 3166-1 alpha-2), intergovernmental organisations (EP, WO,
 * EA, AP, OA, GC …) and codes no longer in use that old documents still carry (SU, DD, CS, YU …).
 * A publication under a code outside this list is loaded with a warning, not refused: the number
 * may be right and the list late.
 */
import st3 from './st3-office-codes.json' with { type: 'json' };

const KNOWN = new Set<string>([
  ...st3.states,
  ...Object.keys(st3.organizations),
  ...Object.keys(st3.historic),
]);

export function isSt3OfficeCode(code: string): boolean {
  return KNOWN.has(code);
}
