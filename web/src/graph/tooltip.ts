/**
 * Hover tooltips for every map (createGraph attaches one): a node shows its label, its kind and
 * the counts in its element data; a link shows its two ends and its weight. Text goes in through
 * textContent, so names from patent data can never become markup.
 */
import type { Core, EventObject, SingularElementArgument } from 'cytoscape';
import {
  createTranslator,
  formatInteger,
  type Lang,
  langFromLocale,
  MESSAGES,
  type MessageKey,
} from '../i18n';

/** Gap between the pointer and the tooltip's corner, in CSS pixels. */
const POINTER_OFFSET = 14;

type ElementData = Record<string, unknown>;

function numberIn(data: ElementData, field: string): number | undefined {
  const value = data[field];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function labelOf(data: ElementData): string {
  const label = data.label;
  return typeof label === 'string' && label !== '' ? label : String(data.id ?? '');
}

function kindKey(kind: unknown): MessageKey | undefined {
  const key = `kind.${String(kind)}`;
  return key in MESSAGES.en ? (key as MessageKey) : undefined;
}

/** The tooltip's lines for a node (pure: tested without a browser). */
export function nodeTooltipLines(data: ElementData, lang: Lang): string[] {
  const t = createTranslator(lang);
  const lines = [labelOf(data)];
  // A class node's label carries a shortened title; the tooltip gives it whole.
  if (typeof data.title === 'string' && data.title !== '') lines.push(data.title);
  const kind = kindKey(data.kind);
  if (kind) lines.push(t(kind));
  const families = numberIn(data, 'families');
  const weight = numberIn(data, 'weight');
  if (families !== undefined) lines.push(t('tooltip.families', { value: formatInteger(families, lang) }));
  else if (weight !== undefined) lines.push(t('tooltip.size', { value: formatInteger(weight, lang) }));
  return lines;
}

/** The tooltip's lines for a link: its ends by label, then its weight when it has one. */
export function edgeTooltipLines(
  data: ElementData,
  ends: { source: string; target: string },
  lang: Lang,
): string[] {
  const t = createTranslator(lang);
  const lines = [t('tooltip.link', ends)];
  const weight = numberIn(data, 'weight');
  if (weight !== undefined) lines.push(t('tooltip.linkWeight', { value: formatInteger(weight, lang) }));
  return lines;
}

function linesOf(element: SingularElementArgument, lang: Lang): string[] {
  const data = element.data() as ElementData;
  if (element.isNode()) return nodeTooltipLines(data, lang);
  const end = (node: SingularElementArgument) => labelOf(node.data() as ElementData);
  return edgeTooltipLines(data, { source: end(element.source()), target: end(element.target()) }, lang);
}

function tooltipElement(): HTMLDivElement {
  const tip = document.createElement('div');
  tip.className = 'map-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  // Styled here, so every map gets the same tooltip without touching the page stylesheet.
  Object.assign(tip.style, {
    position: 'fixed',
    zIndex: '20',
    pointerEvents: 'none',
    maxWidth: '320px',
    padding: '4px 8px',
    background: 'rgba(31, 41, 51, 0.92)',
    color: '#ffffff',
    font: '12px/1.4 system-ui, sans-serif',
    borderRadius: '4px',
    whiteSpace: 'normal',
  });
  return tip;
}

/** Keeps the tooltip beside the pointer and inside the window. */
function place(tip: HTMLElement, event: MouseEvent): void {
  const { innerWidth, innerHeight } = window;
  const box = tip.getBoundingClientRect();
  const left = Math.min(event.clientX + POINTER_OFFSET, innerWidth - box.width - 4);
  const top = Math.min(event.clientY + POINTER_OFFSET, innerHeight - box.height - 4);
  tip.style.left = `${Math.max(0, left)}px`;
  tip.style.top = `${Math.max(0, top)}px`;
}

/** The UI language, read from <html lang> (app.ts sets it), so createGraph needs no extra argument. */
export function pageLang(): Lang {
  return langFromLocale(document.documentElement.lang);
}

export function attachTooltip(cy: Core, container: HTMLElement): void {
  const tip = tooltipElement();
  container.append(tip);
  const show = (event: EventObject) => {
    const element = event.target as SingularElementArgument;
    const lines = linesOf(element, pageLang());
    // A class title (second line) is reference text from the English-only scheme table: marked
    // lang="en", as the class lists do (class-label.ts), so readers and the zh scan know it is data.
    const title = (element.data() as ElementData).title;
    const titled = element.isNode() && typeof title === 'string' && title !== '';
    tip.replaceChildren(
      ...lines.map((line, index) => {
        const row = document.createElement(index === 0 ? 'strong' : 'div');
        row.textContent = line;
        if (index === 0) row.style.display = 'block';
        if (index === 1 && titled) row.lang = 'en';
        return row;
      }),
    );
    tip.hidden = false;
    if (event.originalEvent instanceof MouseEvent) place(tip, event.originalEvent);
  };
  const hide = () => {
    tip.hidden = true;
  };
  cy.on('mouseover', 'node, edge', show);
  cy.on('mousemove', 'node, edge', (event: EventObject) => {
    if (!tip.hidden && event.originalEvent instanceof MouseEvent) place(tip, event.originalEvent);
  });
  cy.on('mouseout', 'node, edge', hide);
  // A zoom or a drag moves the element away from the pointer.
  cy.on('viewport grab', hide);
  // Cytoscape sends no mouseout when the pointer leaves the map straight from a node.
  container.addEventListener('mouseleave', hide);
  cy.on('destroy', () => {
    container.removeEventListener('mouseleave', hide);
    tip.remove();
  });
}
