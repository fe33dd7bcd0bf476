/**
 * Map notes (MapData.note): what a bounded map left out or merged. The English texts are the plain
 * strings the API returned before the codes.
 */
import type { MapExplanationCode } from '../../graph-schema/dto/explanation';
import { explainerFor } from './explainer';

const MAP_TEXT = {
  'map.topApplicantsAndClasses': (p: {
    shownApplicants: number;
    totalApplicants: number;
    shownClasses: number;
    totalClasses: number;
  }) =>
    `Showing the top ${p.shownApplicants} of ${p.totalApplicants} applicants and ${p.shownClasses} of ${p.totalClasses} CPC subclasses. 仅显示前 ${p.shownApplicants}/${p.totalApplicants} 个申请人与 ${p.shownClasses}/${p.totalClasses} 个CPC小类。`,
  'map.topApplicantsAggregated': (p: {
    shownApplicants: number;
    totalApplicants: number;
    otherApplicants: number;
  }) =>
    `Showing the top ${p.shownApplicants} of ${p.totalApplicants} applicants; the other ${p.otherApplicants} are aggregated into one node (families without a top applicant). 仅显示前 ${p.shownApplicants}/${p.totalApplicants} 个申请人，其余合并。`,
  'map.topFamiliesByCoreScore': (p: { shownFamilies: number; totalFamilies: number }) =>
    `top ${p.shownFamilies} of ${p.totalFamilies} families by core score; citations to families not shown are omitted`,
};

/** The map domain's one explanation builder: every code needs an English renderer above. */
export const explainMap = explainerFor<MapExplanationCode, typeof MAP_TEXT>(MAP_TEXT);
