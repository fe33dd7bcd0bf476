/**
 * The hand-checked DAG of main-path.test.ts (the numbers are worked out there), in knowledge-flow
 * direction (cited → citing): sources A, C; sinks G, H.
 */
export const HAND_CHECKED_FLOW = [
  ['A', 'B'],
  ['A', 'D'],
  ['A', 'F'],
  ['A', 'H'],
  ['B', 'D'],
  ['C', 'H'],
  ['D', 'E'],
  ['E', 'H'],
  ['F', 'G'],
  ['F', 'H'],
] as const;
