/**
 * Layout extensions, registered once before the first graph is built. The SVG exporter is not
 * here: it is loaded on the first SVG download (graph/export.ts), so maps do not pay for it.
 */
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';

let registered = false;

export function registerLayoutExtensions(): void {
  if (registered) return;
  cytoscape.use(dagre);
  cytoscape.use(fcose);
  registered = true;
}
