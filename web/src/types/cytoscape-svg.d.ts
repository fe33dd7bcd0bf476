/**
 * cytoscape-svg 0.4 ships no typings. The module is a registration function for cytoscape.use;
 * the method it adds to the core is declared in cytoscape-svg-core.d.ts.
 */
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';

  const cytoscapeSvg: Ext;
  export default cytoscapeSvg;
}
