/** Character forms every key is built from (publication numbers, party keys). */

/**
 * NFKC folds full-width forms to their ASCII twins (Ａ→A, （→(, １→1) and the ideographic space
 * to a space, which is exactly the width normalisation Chinese exports need.
 */
export function toHalfWidth(value: string): string {
  return value.normalize('NFKC');
}

const HAN = /[\u3400-\u9fff]/;
export function hasHan(value: string): boolean {
  return HAN.test(value);
}
