/** Colours the fence members on the route map by owner, and takes the colours off again. */

import type { FenceMember, FenceResponse } from '@graph-schema/dto/fence';
import type { Core } from 'cytoscape';
import { fenceMarks } from './fence-model';
import type { RouteNode } from './route-elements';

/** Returns the fence members that are not on the map (the fence panel lists them). */
export function applyFence(cy: Core, fence: FenceResponse, nodes: readonly RouteNode[]): FenceMember[] {
  const { marks, offMap } = fenceMarks(fence, nodes);
  cy.batch(() => {
    clearFence(cy);
    for (const [nodeId, mark] of marks) {
      const node = cy.getElementById(nodeId);
      node.data('color', mark.color);
      node.addClass('fenced');
    }
  });
  cy.container()?.setAttribute('data-fenced-count', String(marks.size));
  return offMap;
}

export function clearFence(cy: Core): void {
  cy.nodes('.fenced').forEach((node) => {
    node.data('color', node.data('baseColor'));
    node.removeClass('fenced');
  });
  cy.container()?.removeAttribute('data-fenced-count');
}
