/**
 * This view's URL parameters: `topApplicants` and `minFamilies` (the API's names, from the choices
 * below), `layout` (graph/layouts.ts id, default fcose) and `sel` (selected node id). Pure.
 */
import { unlessDefault } from '../navigation/params';

export const TOP_APPLICANT_CHOICES = [20, 50, 100, 200] as const;
export const MIN_FAMILY_CHOICES = [1, 2, 3, 5] as const;
const DEFAULTS = { topApplicants: 50, minFamilies: 1, layout: 'fcose' } as const;

export interface CollaborationParams {
  topApplicants: number;
  minFamilies: number;
  layout: string;
  selected?: string | undefined;
}

function choice(raw: string | undefined, choices: readonly number[], fallback: number): number {
  const value = Number(raw);
  return choices.includes(value) ? value : fallback;
}

export function readCollaborationParams(raw: Record<string, string>): CollaborationParams {
  return {
    topApplicants: choice(raw.topApplicants, TOP_APPLICANT_CHOICES, DEFAULTS.topApplicants),
    minFamilies: choice(raw.minFamilies, MIN_FAMILY_CHOICES, DEFAULTS.minFamilies),
    layout: raw.layout || DEFAULTS.layout,
    selected: raw.sel || undefined,
  };
}

export function collaborationParamsPatch(params: CollaborationParams): Record<string, string | undefined> {
  return {
    topApplicants: unlessDefault(String(params.topApplicants), String(DEFAULTS.topApplicants)),
    minFamilies: unlessDefault(String(params.minFamilies), String(DEFAULTS.minFamilies)),
    layout: unlessDefault(params.layout, DEFAULTS.layout),
    sel: params.selected,
  };
}
