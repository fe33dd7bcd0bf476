/**
 * `cy.svg(options)`, added by cytoscape-svg once registered: the graph as SVG markup, with
 * width/height but no viewBox. A module file, so this augments cytoscape's typings.
 */
import 'cytoscape';

declare module 'cytoscape' {
  interface ExportSvgOptions {
    /** The whole graph rather than the viewport. */
    full?: boolean;
    scale?: number;
    maxWidth?: number;
    maxHeight?: number;
    /** Background colour; transparent when absent. */
    bg?: string;
  }

  interface Core {
    svg(options?: ExportSvgOptions): string;
  }
}
