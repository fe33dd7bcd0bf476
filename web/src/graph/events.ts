/**
 * Interaction: tapping a node selects it (details + neighbourhood focus); tapping the background
 * clears the selection. The view hears about it through callbacks and keeps the URL in step.
 */
import type { Core, EventObject, NodeSingular } from 'cytoscape';

export interface GraphEventHandlers {
  onSelectNode(nodeId: string): void;
  onClearSelection(): void;
}

const FOCUS_CLASSES = 'faded highlighted in-focus';

/** Fades everything except the node, its links and its neighbours. */
export function focusNode(cy: Core, node: NodeSingular): void {
  cy.batch(() => {
    cy.elements().removeClass(FOCUS_CLASSES);
    const neighbourhood = node.closedNeighborhood();
    cy.elements().not(neighbourhood).addClass('faded');
    neighbourhood.edges().addClass('highlighted');
    neighbourhood.nodes().addClass('in-focus');
  });
}

export function clearFocus(cy: Core): void {
  cy.batch(() => {
    cy.elements().removeClass(FOCUS_CLASSES);
    cy.elements().unselect();
  });
}

/** Selects a node by id (e.g. restored from the URL); returns false when the node is not in the graph. */
export function selectNodeById(cy: Core, nodeId: string): boolean {
  const node = cy.getElementById(nodeId);
  if (node.empty() || !node.isNode()) return false;
  cy.elements().unselect();
  node.select();
  focusNode(cy, node);
  return true;
}

export function bindGraphEvents(cy: Core, handlers: GraphEventHandlers): void {
  cy.on('tap', 'node', (event: EventObject) => {
    const node = event.target as NodeSingular;
    focusNode(cy, node);
    handlers.onSelectNode(node.id());
  });
  cy.on('tap', (event: EventObject) => {
    if (event.target === cy) {
      clearFocus(cy);
      handlers.onClearSelection();
    }
  });
}
