/** Adds a view's own Cytoscape rules after the shared stylesheet (graph/styles.ts), which stays untouched. */

import { GRAPH_STYLES } from '@web/src/graph/styles';
import type { Core, StylesheetJson } from 'cytoscape';

export function addGraphStyles(cy: Core, extra: StylesheetJson): void {
  cy.style()
    .fromJson([...GRAPH_STYLES, ...extra])
    .update();
}
