/**
 * Links from a publication number to public patent registers. Pure. Each register is offered only
 * where the number's form lets it find the document:
 * - Espacenet and Google Patents take any office's DOCDB-style number (`CN112345678A`);
 * - USPTO Patent Public Search takes a US number in its own form: a grant's digits (`11235876`) or
 *   an 11-digit pre-grant publication (`20210012345`), per the USPTO quick reference guide
 *   "Patent Public Search – Setting up external searches" (`external.html?q=(number).pn.`);
 * - CNIPA's publication search (中国专利公布公告) has no address per document: the link opens the
 *   search page and the drawer says to search the number there.
 */

export type RegisterId = 'espacenet' | 'google' | 'uspto' | 'cnipa';

export interface RegisterLink {
  register: RegisterId;
  url: string;
  /** The register finds the document from the link itself (false: the user searches the number). */
  direct: boolean;
}

const PUBLICATION = /^([A-Z]{2})(\d+)([A-Z]\d?)?$/;

/** A US number as Patent Public Search indexes it, or undefined when the form is not one it knows. */
export function usptoNumber(id: string): string | undefined {
  const match = PUBLICATION.exec(id);
  if (match?.[1] !== 'US') return undefined;
  const digits = match[2] ?? '';
  // DOCDB writes pre-grant publications as year + 6 digits; the USPTO as year + 7.
  if (/^(19|20)\d{8}$/.test(digits)) return `${digits.slice(0, 4)}0${digits.slice(4)}`;
  if (/^(19|20)\d{9}$/.test(digits)) return digits;
  if (/^\d{5,8}$/.test(digits)) return String(Number(digits));
  return undefined;
}

export function registerLinks(id: string): RegisterLink[] {
  const match = PUBLICATION.exec(id);
  if (!match) return [];
  const links: RegisterLink[] = [
    {
      register: 'espacenet',
      url: `https://worldwide.espacenet.com/patent/search?q=pn%3D${encodeURIComponent(id)}`,
      direct: true,
    },
    { register: 'google', url: `https://patents.google.com/patent/${encodeURIComponent(id)}`, direct: true },
  ];
  const us = usptoNumber(id);
  if (us !== undefined)
    links.push({
      register: 'uspto',
      url: `https://ppubs.uspto.gov/pubwebapp/external.html?q=(${us}).pn.`,
      direct: true,
    });
  if (match[1] === 'CN') links.push({ register: 'cnipa', url: 'http://epub.cnipa.gov.cn/', direct: false });
  return links;
}
