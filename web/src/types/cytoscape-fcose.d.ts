/** cytoscape-fcose 2.2 ships no typings: the extension is a registration function for cytoscape.use. */
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';

  const fcose: Ext;
  export default fcose;
}
