/**
 * The app state ⇄ the page's query string, so a view can be shared and restored:
 *   ?view=applicant-cpc&lang=zh&from=2015&to=2024&dateBasis=application&jurisdiction=CN,US&cpc=H01M&layout=cose&sel=…
 * Filters use the API's parameter names; every other key belongs to the current view.
 * Pure: decoding never throws; unusable values are dropped and reported.
 */
import { SCOPE_FIELDS } from '@graph-schema/dto/scope';
import { isLang, type Lang } from '../i18n';
import { type FilterProblem, filtersToPairs, parseFilters, type RawFilters } from '../scope/filters';
import type { AppState } from './state';

const APP_KEYS = ['view', 'lang', 'project'] as const;
const RESERVED_KEYS: readonly string[] = [...APP_KEYS, ...SCOPE_FIELDS];

/** The contract's project id shape (graph-schema/dto/project.ts ProjectId); anything else is dropped. */
const PROJECT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export interface DecodeDefaults {
  view: string;
  lang: Lang;
  /** Ids of the registered views; anything else falls back to the default view. */
  viewIds: readonly string[];
}

export interface DecodedState {
  state: AppState;
  problems: FilterProblem[];
  /** The view id asked for when it was not a registered one. */
  unknownView?: string;
}

export function decodeUrlState(search: string, defaults: DecodeDefaults): DecodedState {
  const params = new URLSearchParams(search);
  const askedView = params.get('view');
  const view = askedView !== null && defaults.viewIds.includes(askedView) ? askedView : defaults.view;
  const lang = params.get('lang');
  const raw: RawFilters = {};
  for (const key of SCOPE_FIELDS) {
    const value = params.get(key);
    if (value !== null) raw[key] = value;
  }
  const { filters, problems } = parseFilters(raw);
  const viewParams: Record<string, string> = {};
  for (const [key, value] of params) {
    if (!RESERVED_KEYS.includes(key) && value !== '') viewParams[key] = value;
  }
  const state: AppState = { view, lang: isLang(lang) ? lang : defaults.lang, filters, viewParams };
  const project = params.get('project');
  if (project !== null && PROJECT_ID.test(project)) state.project = project;
  const decoded: DecodedState = { state, problems };
  if (askedView !== null && askedView !== view) decoded.unknownView = askedView;
  return decoded;
}

/** Query string with a leading `?`. Key order is fixed so equal states give equal URLs. */
export function encodeUrlState(state: AppState): string {
  const params = new URLSearchParams();
  params.set('view', state.view);
  params.set('lang', state.lang);
  if (state.project !== undefined) params.set('project', state.project);
  for (const [key, value] of filtersToPairs(state.filters)) params.set(key, value);
  for (const key of Object.keys(state.viewParams).sort()) {
    const value = state.viewParams[key];
    if (value !== undefined && value !== '' && !RESERVED_KEYS.includes(key)) params.set(key, value);
  }
  // Commas and colons are legal in a query string; leaving them readable makes shared links legible.
  return `?${params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':')}`;
}
