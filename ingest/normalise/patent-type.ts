/**
 * Patent type and grant flag from office + kind code, with a textual hint (Lens `Type`, incoPat
 * 专利类型) taking precedence because it is what the office itself said.
 */
import type { PatentType } from '@graph-schema/vocabulary/patent-type';
import { isBlank } from './text';

function typeFromHint(hint: string | undefined): PatentType | undefined {
  if (isBlank(hint)) return undefined;
  if (/实用新型|utility/i.test(hint)) return 'utility_model';
  if (/外观|design/i.test(hint)) return 'design';
  if (/发明|invention|patent application|granted patent|^patent$/i.test(hint)) return 'invention';
  return undefined;
}

/** Offices whose utility models are published under U/Y kinds (CN, DE, JP, KR, …). */
function typeFromKind(office: string, kind: string | undefined, number: string): PatentType {
  if (office === 'US' && number.startsWith('D')) return 'design';
  if (!kind) return 'unknown';
  const letter = kind[0];
  if (letter === 'U' || letter === 'Y') return 'utility_model';
  if (letter === 'S') return 'design';
  if (office === 'US' && letter === 'P') return 'unknown'; // plant patents have no type of their own here
  if (letter === 'A' || letter === 'B' || letter === 'C' || letter === 'E') return 'invention';
  return 'unknown';
}

export function patentType(
  office: string,
  kind: string | undefined,
  number: string,
  hint?: string,
): PatentType {
  return typeFromHint(hint) ?? typeFromKind(office, kind, number);
}

/**
 * Whether the document is a granted right. CN utility models and designs are granted when
 * published (U, S), as are B/C documents; US reissues (E) and designs (S) are grants.
 */
export function isGrantedKind(office: string, kind: string | undefined, hint?: string): boolean | undefined {
  if (hint && /granted|授权/i.test(hint)) return true;
  if (hint && /application|申请/i.test(hint)) return false;
  // An international (PCT) application is never granted as such, whatever its kind code.
  if (office === 'WO') return false;
  if (!kind) return undefined;
  const letter = kind[0];
  if (letter === 'A') return false;
  if (letter === 'B' || letter === 'C' || letter === 'E') return true;
  if (letter === 'U' || letter === 'Y' || letter === 'S') return true;
  if (office === 'US' && (kind === 'P2' || kind === 'P3')) return true;
  return undefined;
}
