/**
 * Where the pin widget (app/pin-button.ts) finds a view's figure: every PNG/SVG toolbar pair
 * (export-buttons.ts) registers how it makes its framed SVG, so "add to report" captures exactly
 * the file the SVG download gives, caption frame included, without each view wiring it up.
 */
const sources = new WeakMap<Element, () => Promise<string>>();
const MARK = 'data-figure-source';

export function registerFigureSource(element: Element, makeSvg: () => Promise<string>): void {
  sources.set(element, makeSvg);
  element.setAttribute(MARK, '');
}

/** The framed SVG of the first figure shown inside `root` (document order), or null when it has none. */
export async function figureSvgIn(root: Element): Promise<string | null> {
  for (const element of root.querySelectorAll(`[${MARK}]`)) {
    const make = sources.get(element);
    if (make !== undefined && element.isConnected) return make();
  }
  return null;
}
