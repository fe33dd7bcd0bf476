/** A tiny element builder: enough DOM for this app without a framework. */

type Child = Node | string | number | null | undefined | false;
type AttributeValue = string | number | boolean | undefined;

export interface ElementProps {
  /** Attributes; `false`/`undefined` leave the attribute out, `true` sets it empty. */
  attrs?: Record<string, AttributeValue>;
  on?: Partial<{ [E in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[E]) => void }>;
}

function applyAttributes(element: Element, attrs: Record<string, AttributeValue> = {}): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
}

function appendChildren(element: Element, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  applyAttributes(element, props?.attrs);
  for (const [type, listener] of Object.entries(props?.on ?? {})) {
    element.addEventListener(type, listener as EventListener);
  }
  appendChildren(element, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, AttributeValue> = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  applyAttributes(element, attrs);
  appendChildren(element, children);
  return element;
}
