/** This view's URL parameters: `axis` (cpc/ipc/branch), `level` (CPC/IPC level), `color` (growth/rta). Pure. */
import { BubbleMatrixAxis, ClassLevel } from '@graph-schema/dto/bubble-matrix';

export const COLOR_MODES = ['growth', 'rta'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

export interface BubbleParams {
  axis: BubbleMatrixAxis;
  level: ClassLevel;
  color: ColorMode;
}

/** Unknown or missing values fall back to the defaults; branches need a chain in scope. */
export function readParams(viewParams: Record<string, string>, hasChain: boolean): BubbleParams {
  const axis = BubbleMatrixAxis.safeParse(viewParams.axis);
  const level = ClassLevel.safeParse(viewParams.level);
  const color = (COLOR_MODES as readonly string[]).includes(viewParams.color ?? '')
    ? (viewParams.color as ColorMode)
    : 'growth';
  const chosenAxis = axis.success ? axis.data : hasChain ? 'branch' : 'cpc';
  return {
    axis: chosenAxis === 'branch' && !hasChain ? 'cpc' : chosenAxis,
    level: level.success ? level.data : 'subclass',
    color,
  };
}
