/** Character forms every key is built from (publication numbers, party keys). */

/**
 * NFKC folds full-width forms to their ASCII twins (Ａ→A, （→(, １→1) and the ideographic space
 * to a space, which is exactly the width normalisation Chinese exports need.
 */
export function toHalfWidth(value: string): string {
  // ASCII is its own NFKC form; the test is far cheaper than ICU's normalisation (issue 15: every
  // number, symbol and name of every record passes through here).
  return NOT_ASCII.test(value) ? value.normalize('NFKC') : value;
}
const NOT_ASCII = /[\u0080-\uffff]/;

const HAN = /[\u3400-\u9fff]/;
export function hasHan(value: string): boolean {
  return HAN.test(value);
}
