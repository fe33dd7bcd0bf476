/**
 * This view's URL parameters: `topApplicants` (the API's name; 5–50 from the choices, default 15),
 * `layout` (graph/layouts.ts id, default breadthfirst), `sel` (selected node id), `team` (rank of the
 * co-inventor team drawn, 1-based, default 1), `inventorGraph` (`network` = pairwise co-inventor
 * network, the default; `team` = one team's membership), `inventorTop` and `inventorMinShared` (the
 * network's size and smallest link drawn: the API's `top` and `minSharedFamilies`, defaults 50 and 1).
 * The chain is the scope filter `chain`. Pure.
 */
import { oneOf, unlessDefault } from '../navigation/params';

export const TOP_APPLICANT_CHOICES = [5, 10, 15, 20, 30, 50] as const;
export const DEFAULT_TOP_APPLICANTS = 15;
export const DEFAULT_LAYOUT = 'breadthfirst';

export const INVENTOR_GRAPHS = ['network', 'team'] as const;
export const INVENTOR_TOP_CHOICES = [20, 50, 100, 200] as const;
export const INVENTOR_MIN_SHARED_CHOICES = [1, 2, 3, 5] as const;
const DEFAULT_INVENTOR_TOP = 50;
const DEFAULT_INVENTOR_MIN_SHARED = 1;
export type InventorGraph = (typeof INVENTOR_GRAPHS)[number];

export interface ApplicantBranchParams {
  topApplicants: number;
  layout: string;
  selected?: string | undefined;
  /** 1-based rank of the team in the API's list. */
  team: number;
  inventorGraph: InventorGraph;
  inventorTop: number;
  inventorMinShared: number;
}

function numberChoice(raw: string | undefined, choices: readonly number[], fallback: number): number {
  const value = Number(raw);
  return choices.includes(value) ? value : fallback;
}

export function readApplicantBranchParams(raw: Record<string, string>): ApplicantBranchParams {
  const top = Number(raw.topApplicants);
  const team = Number(raw.team);
  return {
    topApplicants: (TOP_APPLICANT_CHOICES as readonly number[]).includes(top) ? top : DEFAULT_TOP_APPLICANTS,
    layout: raw.layout || DEFAULT_LAYOUT,
    selected: raw.sel || undefined,
    team: Number.isInteger(team) && team >= 1 && team <= 200 ? team : 1,
    inventorGraph: oneOf(raw.inventorGraph, INVENTOR_GRAPHS, 'network'),
    inventorTop: numberChoice(raw.inventorTop, INVENTOR_TOP_CHOICES, DEFAULT_INVENTOR_TOP),
    inventorMinShared: numberChoice(
      raw.inventorMinShared,
      INVENTOR_MIN_SHARED_CHOICES,
      DEFAULT_INVENTOR_MIN_SHARED,
    ),
  };
}

export function applicantBranchParamsPatch(
  params: ApplicantBranchParams,
): Record<string, string | undefined> {
  return {
    topApplicants: unlessDefault(String(params.topApplicants), String(DEFAULT_TOP_APPLICANTS)),
    layout: unlessDefault(params.layout, DEFAULT_LAYOUT),
    sel: params.selected,
    team: unlessDefault(String(params.team), '1'),
    inventorGraph: unlessDefault(params.inventorGraph, 'network'),
    inventorTop: unlessDefault(String(params.inventorTop), String(DEFAULT_INVENTOR_TOP)),
    inventorMinShared: unlessDefault(String(params.inventorMinShared), String(DEFAULT_INVENTOR_MIN_SHARED)),
  };
}
