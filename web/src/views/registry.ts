/**
 * The views the app offers, in navigation order. To add one (chain panorama, technology route,
 * layout gaps, risk screening, ingest …): create `views/<id>/index.ts` exporting `mount` (a
 * ViewModule), add `view.<id>` (title) and `navLabel.<id>` (short header label) strings to i18n/en.ts
 * and zh.ts, and list it here. Nothing else
 * changes: the shell builds the navigation, the URL state and the remounting from this list.
 */
import type { ViewDefinition } from './types';

export const VIEWS: readonly ViewDefinition[] = [
  {
    id: 'landscape',
    titleKey: 'view.landscape',
    navKey: 'navLabel.landscape',
    pinChapter: 'trends',
    showsDetails: false,
    load: () => import('./landscape'),
  },
  {
    id: 'applicant-cpc',
    titleKey: 'view.applicant-cpc',
    navKey: 'navLabel.applicant-cpc',
    pinChapter: 'composition',
    showsDetails: true,
    load: () => import('./applicant-cpc'),
  },
  {
    id: 'bubble-matrix',
    titleKey: 'view.bubble-matrix',
    navKey: 'navLabel.bubble-matrix',
    pinChapter: 'applicants',
    showsDetails: true,
    load: () => import('./bubble-matrix'),
  },
  {
    id: 'chain-panorama',
    titleKey: 'view.chain-panorama',
    navKey: 'navLabel.chain-panorama',
    pinChapter: 'chain-panorama',
    showsDetails: true,
    load: () => import('./chain-panorama'),
  },
  {
    id: 'branch-review',
    titleKey: 'view.branch-review',
    navKey: 'navLabel.branch-review',
    showsDetails: false,
    // A curation step of the project workflow: linked from the project bar (app/project-bar.ts), the
    // panorama's branch details and the drawer's branch tags — the top navigation keeps one row at
    // 1440 px for the analyses. Without an open project the view says one is needed.
    inNav: false,
    load: () => import('./branch-review'),
  },
  {
    id: 'gaps',
    titleKey: 'view.gaps',
    navKey: 'navLabel.gaps',
    pinChapter: 'gaps',
    showsDetails: true,
    load: () => import('./gaps'),
  },
  {
    id: 'tech-effect',
    titleKey: 'view.tech-effect',
    navKey: 'navLabel.tech-effect',
    pinChapter: 'tech-effect',
    showsDetails: true,
    load: () => import('./tech-effect'),
  },
  {
    id: 'applicant-branch',
    titleKey: 'view.applicant-branch',
    navKey: 'navLabel.applicant-branch',
    pinChapter: 'talent',
    showsDetails: true,
    load: () => import('./applicant-branch'),
  },
  {
    id: 'collaboration',
    titleKey: 'view.collaboration',
    navKey: 'navLabel.collaboration',
    pinChapter: 'applicants',
    showsDetails: true,
    load: () => import('./collaboration'),
  },
  {
    id: 'topic-map',
    titleKey: 'view.topic-map',
    navKey: 'navLabel.topic-map',
    showsDetails: true,
    load: () => import('./topic-map'),
  },
  {
    id: 'core-patents',
    titleKey: 'view.core-patents',
    navKey: 'navLabel.core-patents',
    pinChapter: 'core-patents',
    showsDetails: false,
    load: () => import('./core-patents'),
  },
  {
    id: 'tech-route',
    titleKey: 'view.tech-route',
    navKey: 'navLabel.tech-route',
    pinChapter: 'tech-route',
    showsDetails: true,
    load: () => import('./tech-route'),
  },
  {
    id: 'risk',
    titleKey: 'view.risk',
    navKey: 'navLabel.risk',
    pinChapter: 'risks',
    showsDetails: false,
    load: () => import('./risk'),
  },
  {
    id: 'search',
    titleKey: 'view.search',
    navKey: 'navLabel.search',
    showsDetails: false,
    usesFilters: false,
    inNav: false,
    load: () => import('./search'),
  },
  {
    // Merges hold for every project and analysis; a curation step, linked from the project bar next to
    // the branch review (app/project-bar.ts).
    id: 'applicant-curation',
    titleKey: 'view.applicant-curation',
    navKey: 'navLabel.applicant-curation',
    showsDetails: false,
    usesFilters: false,
    inNav: false,
    load: () => import('./applicant-curation'),
  },
  {
    id: 'ingest',
    titleKey: 'view.ingest',
    navKey: 'navLabel.ingest',
    showsDetails: false,
    usesFilters: false,
    load: () => import('./ingest'),
  },
  {
    id: 'projects',
    titleKey: 'view.projects',
    navKey: 'navLabel.projects',
    showsDetails: false,
    usesFilters: false,
    inNav: false,
    load: () => import('./projects'),
  },
  {
    id: 'report',
    titleKey: 'view.report',
    navKey: 'navLabel.report',
    showsDetails: false,
    usesFilters: false,
    inNav: false,
    load: () => import('./report'),
  },
  {
    // Admins reach it from the header's account area; the server refuses its data to anyone else.
    id: 'users',
    titleKey: 'view.users',
    navKey: 'navLabel.users',
    showsDetails: false,
    usesFilters: false,
    inNav: false,
    load: () => import('./users'),
  },
];

/** The first view is the default (and what an unknown `?view=` falls back to). */
const DEFAULT_VIEW: ViewDefinition = VIEWS[0]!;

export const DEFAULT_VIEW_ID = DEFAULT_VIEW.id;

export function findView(id: string): ViewDefinition {
  return VIEWS.find((view) => view.id === id) ?? DEFAULT_VIEW;
}
