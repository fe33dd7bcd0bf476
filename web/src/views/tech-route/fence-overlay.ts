/** Colours the fence members on the route map by owner, and takes the colours off again. */
import type { Core } from 'cytoscape';
import type { FenceResponse } from '../../../../graph-schema/dto/fence';
import { fenceMarks } from './fence-model';
import type { RouteNode } from './route-elements';

/** Returns how many fence members are not on the map (they are counted in the fence panel). */
export function applyFence(cy: Core, fence: FenceResponse, nodes: readonly RouteNode[]): number {
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
  return offMap.length;
}

export function clearFence(cy: Core): void {
  cy.nodes('.fenced').forEach((node) => {
    node.data('color', node.data('baseColor'));
    node.removeClass('fenced');
  });
  cy.container()?.removeAttribute('data-fenced-count');
}
