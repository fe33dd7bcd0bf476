/**
 * One XML document → a small element tree, parsed with saxes. No DTD is read and no external
 * entity is expanded; the HTML entities USPTO text uses are mapped, any other entity is kept as
 * its literal `&name;` text and reported, never a crash.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

/** Entities seen in USPTO full text (declared in its DTD, which we do not read). */
const KNOWN_ENTITIES: Record<string, string> = {
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  mdash: '—',
  ndash: '–',
  minus: '−',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  lsqb: '[',
  rsqb: ']',
  lcub: '{',
  rcub: '}',
  plus: '+',
  equals: '=',
  times: '×',
  divide: '÷',
  deg: '°',
  plusmn: '±',
  micro: 'µ',
  middot: '·',
  le: '≤',
  ge: '≥',
  ne: '≠',
  asymp: '≈',
  infin: '∞',
  prime: '′',
  Prime: '″',
  bull: '•',
  hellip: '…',
  copy: '©',
  reg: '®',
  trade: '™',
  sect: '§',
  para: '¶',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  sup2: '²',
  sup3: '³',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  lambda: 'λ',
  mu: 'μ',
  pi: 'π',
  sigma: 'σ',
  Omega: 'Ω',
  ohm: 'Ω',
  angst: 'Å',
  excl: '!',
  num: '#',
  percnt: '%',
  ast: '*',
  sol: '/',
  bsol: '\\',
  verbar: '|',
  lowbar: '_',
  circ: 'ˆ',
  tilde: '˜',
  acute: '´',
  uml: '¨',
};

export interface ParsedXml {
  root?: XmlElement;
  /** Problems the parser reported and recovered from (unknown entities, stray characters). */
  problems: string[];
}

export function parseXml(text: string): ParsedXml {
  const parser = new SaxesParser({ position: true });
  Object.assign(parser.ENTITIES, KNOWN_ENTITIES);
  const problems: string[] = [];
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (error) => problems.push(error.message));
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      children: [],
    };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (value) => void stack.at(-1)?.children.push(value));
  parser.on('cdata', (value) => void stack.at(-1)?.children.push(value));
  parser.write(text).close();
  return root ? { root, problems } : { problems };
}

/** Element name without its namespace prefix: `ops:family-member` → `family-member`. */
export function localName(element: XmlElement): string {
  const colon = element.name.indexOf(':');
  return colon === -1 ? element.name : element.name.slice(colon + 1);
}

export function childElements(element: XmlElement | undefined, name?: string): XmlElement[] {
  if (!element) return [];
  const elements = element.children.filter((child): child is XmlElement => typeof child !== 'string');
  return name ? elements.filter((child) => localName(child) === name) : elements;
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return childElements(element, name)[0];
}

/** Follows a path of local names: `path(root, 'bibliographic-data', 'publication-reference')`. */
export function path(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  return names.reduce<XmlElement | undefined>((current, name) => child(current, name), element);
}

/**
 * All descendants with the local name, in document order, not descending into matches. Walked with
 * an explicit stack, as is textOf: a hostile document nests deeper than the call stack allows.
 */
export function descendants(element: XmlElement | undefined, name: string): XmlElement[] {
  if (!element) return [];
  const found: XmlElement[] = [];
  const pending = childElements(element).reverse();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (localName(next) === name) found.push(next);
    else for (const inner of childElements(next).reverse()) pending.push(inner);
  }
  return found;
}

/** All text inside the element, whitespace collapsed. */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  const parts: string[] = [];
  const pending: (XmlElement | string)[] = [element];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (typeof node === 'string') parts.push(node);
    else for (let k = node.children.length - 1; k >= 0; k--) pending.push(node.children[k]!);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

export function childText(element: XmlElement | undefined, name: string): string {
  return textOf(child(element, name));
}
