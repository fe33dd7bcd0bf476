/**
 * Core patents (核心专利): families ranked by an explainable composite score under a weight preset.
 * URL: `preset`, `coreShare` (per cent), `page` (params.ts). Each row opens its score breakdown.
 */
import type { CorePatentsResponse } from '@graph-schema/dto/core-patents';
import { PRESET_NAMES } from '@graph-schema/dto/core-patents';
import { fetchCorePatents } from '@web/src/api/analytics';
import { fileStem } from '@web/src/dom/download';
import { h } from '@web/src/dom/h';
import { labelledSelect } from '@web/src/dom/labelled-select';
import { wholeListDownloads } from '@web/src/export/whole-list-downloads';
import { formatInteger } from '@web/src/i18n';
import { explain } from '@web/src/i18n/explain';
import { latestOnly, loadInto } from '../load';
import type { ViewContext, ViewInstance } from '../types';
import {
  CORE_SHARE_CHOICES,
  type CoreParams,
  corePageQuery,
  coreParamsToView,
  PAGE_SIZE,
  readCoreParams,
} from './params';
import { coreTable } from './table';
import { coreWholeList } from './whole-export';

function toolbar(params: CoreParams, context: ViewContext, change: (next: CoreParams) => void): HTMLElement {
  const { t } = context;
  return h(
    'div',
    { attrs: { class: 'toolbar', role: 'toolbar' } },
    labelledSelect(
      t('core.preset'),
      'preset',
      PRESET_NAMES.map((name) => [name, t(`core.preset.${name}`)]),
      params.preset,
      (preset) => change({ ...params, preset: preset as CoreParams['preset'], page: 1 }),
    ),
    labelledSelect(
      t('core.coreShare'),
      'coreShare',
      CORE_SHARE_CHOICES.map((n) => [String(n), `${n}%`]),
      String(params.coreSharePct),
      (n) => change({ ...params, coreSharePct: Number(n), page: 1 }),
    ),
  );
}

function pager(
  answer: CorePatentsResponse,
  params: CoreParams,
  context: ViewContext,
  change: (next: CoreParams) => void,
): HTMLElement {
  const { t, lang } = context;
  const pages = Math.max(1, Math.ceil(answer.totals.families / PAGE_SIZE));
  const go = (page: number) =>
    h('button', {
      attrs: { type: 'button', class: 'button button-small' },
      on: { click: () => change({ ...params, page }) },
    });
  const previous = go(params.page - 1);
  previous.textContent = t('core.previous');
  previous.disabled = params.page <= 1;
  const next = go(params.page + 1);
  next.textContent = t('core.next');
  next.disabled = params.page >= pages;
  return h(
    'div',
    { attrs: { class: 'pager' } },
    previous,
    h(
      'span',
      null,
      t('core.page', { page: formatInteger(params.page, lang), pages: formatInteger(pages, lang) }),
    ),
    next,
  );
}

function render(
  host: HTMLElement,
  answer: CorePatentsResponse,
  params: CoreParams,
  context: ViewContext,
  change: (next: CoreParams) => void,
): void {
  const { t, lang } = context;
  const totals = t('core.totals', {
    families: formatInteger(answer.totals.families, lang),
    core: formatInteger(answer.totals.core, lang),
    share: Math.round(answer.coreShare * 1000) / 10,
  });
  host.replaceChildren(
    h(
      'section',
      { attrs: { class: 'panel panel-wide' } },
      h(
        'div',
        { attrs: { class: 'panel-head' } },
        h('h2', null, t(`core.preset.${answer.preset}`)),
        // Every ranked family of the scope, not this page (issue 12 "Exports of whole lists").
        wholeListDownloads({
          t,
          fileStem: fileStem(`core-patents-${answer.preset}`),
          build: () => coreWholeList(params, context),
        }),
      ),
      h('p', { attrs: { class: 'totals' } }, totals),
      h('p', { attrs: { class: 'muted' } }, t('core.howToRead')),
      flatNote(answer, context),
      coreTable({ answer, t, openPatent: context.openPatent }),
      pager(answer, params, context, change),
      h(
        'details',
        { attrs: { class: 'method' } },
        h('summary', null, t('core.method')),
        h('p', null, explain(answer.method, context.lang)),
        h(
          'p',
          { attrs: { 'data-testid': 'forward-citations-basis' } },
          explain(answer.forwardCitationsBasis, context.lang),
        ),
      ),
    ),
  );
}

/** The weighted components that rank nothing in this scope, each with the API's reason. */
function flatNote(answer: CorePatentsResponse, context: ViewContext): HTMLElement | false {
  const { t, lang } = context;
  if (answer.flatComponents.length === 0) return false;
  return h(
    'div',
    { attrs: { class: 'flat-note', 'data-testid': 'core-flat' } },
    h('p', null, t('core.flatComponents')),
    h(
      'ul',
      null,
      ...answer.flatComponents.map((component) =>
        h(
          'li',
          { attrs: { 'data-component': component.name } },
          h('strong', null, `${t(`core.component.${component.name}`)} — ${t('core.flat')}`),
          `: ${explain(component.reason, lang)}`,
        ),
      ),
    ),
  );
}

export function mount(container: HTMLElement, context: ViewContext): ViewInstance {
  const toolbarHost = h('div');
  const host = h('div', { attrs: { class: 'core-results' } });
  container.replaceChildren(h('div', { attrs: { class: 'core-view' } }, toolbarHost, host));
  const nextSignal = latestOnly(context.signal);
  const load = (params: CoreParams): void => {
    toolbarHost.replaceChildren(toolbar(params, context, change));
    loadInto(host, context.t, nextSignal(), {
      load: (signal) => fetchCorePatents(context.filters, corePageQuery(params), signal),
      isEmpty: (answer) => answer.totals.families === 0,
      render: (answer) => render(host, answer, params, context, change),
    });
  };
  const change = (next: CoreParams): void => {
    context.setViewParams(coreParamsToView(next));
    load(next);
  };
  load(readCoreParams(context.viewParams()));
  return { destroy: () => undefined };
}
