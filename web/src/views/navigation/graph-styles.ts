/** Adds a view's own Cytoscape rules after the shared stylesheet (graph/styles.ts), which stays untouched. */
import type { Core, StylesheetJson } from 'cytoscape';
import { GRAPH_STYLES } from '../../graph/styles';

export function addGraphStyles(cy: Core, extra: StylesheetJson): void {
  cy.style()
    .fromJson([...GRAPH_STYLES, ...extra])
    .update();
}
