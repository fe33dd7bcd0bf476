/**
 * Infringement-risk screening (FTO, 侵权风险初筛): a product description or feature list is
 * screened against patents that may be in force in the chosen offices at the as-of date.
 * URL: `jur`, `asOf`, `riskCpc` only (params.ts): the description is confidential and stays in
 * the page (and the POST body), never in the address bar.
 */
import type { FtoResponse } from '@graph-schema/dto/fto';
import { type FtoRequestBody, screenProduct } from '@web/src/api/analytics';
import { h } from '@web/src/dom/h';
import { latestOnly, loadInto } from '../load';
import type { ViewContext, ViewInstance } from '../types';
import { createRiskForm } from './form';
import { readRiskParams, riskParamsToView, todayIso } from './params';
import { buildFtoRequest, type RiskFormValues } from './request';
import { riskResults } from './results';
import { ftoWholeList } from './whole-export';

/** Always on screen, before and after a screening: the server's own wording once it has answered. */
function disclaimerBox(context: ViewContext): HTMLElement {
  return h(
    'p',
    { attrs: { class: 'disclaimer', role: 'note', 'data-testid': 'risk-disclaimer' } },
    context.t('risk.disclaimer'),
  );
}

export function mount(container: HTMLElement, context: ViewContext): ViewInstance {
  const { t } = context;
  const today = todayIso();
  const disclaimer = disclaimerBox(context);
  const resultsHost = h('div', { attrs: { class: 'risk-results-host', 'aria-live': 'polite' } });
  const nextSignal = latestOnly(context.signal);

  const showAnswer = (answer: FtoResponse, body: FtoRequestBody): void => {
    disclaimer.textContent = answer.disclaimer[context.lang];
    resultsHost.replaceChildren(
      riskResults({
        answer,
        t,
        lang: context.lang,
        openPatent: context.openPatent,
        // Another page of the same screening: the same form values, another offset.
        onPage: (offset) => lastValues && submit(lastValues, offset),
        // Every result of this screening, whatever page is on screen.
        wholeList: () => ftoWholeList(body, { t, lang: context.lang, signal: context.signal }),
      }),
    );
  };

  let lastValues: RiskFormValues | undefined;
  const submit = (values: RiskFormValues, offset = 0): void => {
    lastValues = values;
    const check = buildFtoRequest(values, offset);
    if (!check.ok) {
      form.showProblem(t(check.problem));
      return;
    }
    form.showProblem(undefined);
    const { jurisdictions, asOf, cpc } = check.body;
    context.setViewParams(
      riskParamsToView(cpc === undefined ? { jurisdictions, asOf } : { jurisdictions, asOf, cpc }, today),
    );
    loadInto(resultsHost, t, nextSignal(), {
      load: (signal) => screenProduct(check.body, signal),
      // An empty answer is rendered by riskResults itself: the generic "no patents match these
      // filters" would read like a clearance.
      isEmpty: () => false,
      render: (answer) => showAnswer(answer, check.body),
    });
  };

  const form = createRiskForm({
    t,
    initial: readRiskParams(context.viewParams(), context.filters, today),
    onSubmit: (values) => submit(values),
  });
  container.replaceChildren(
    h('div', { attrs: { class: 'risk-view' } }, disclaimer, form.element, resultsHost),
  );
  return { destroy: () => undefined };
}
