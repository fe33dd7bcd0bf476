/**
 * Name lists split on commas (Google Patents) cut `Acme Co., Ltd.` into `Acme Co.` + `Ltd.`:
 * a fragment that is only a legal form is glued back onto the name before it.
 */
const LEGAL_FORM_ONLY =
  /^(?:ltd|limited|inc|incorporated|llc|llp|plc|corp|corporation|co|gmbh|ag|kg|sa|s\.a|bv|nv|ab|oy|kk|pty|pte|lp)\.?$/i;

export function rejoinNameFragments(parts: readonly string[]): string[] {
  const joined: string[] = [];
  for (const part of parts) {
    if (joined.length > 0 && LEGAL_FORM_ONLY.test(part)) joined[joined.length - 1] += `, ${part}`;
    else joined.push(part);
  }
  return joined;
}
