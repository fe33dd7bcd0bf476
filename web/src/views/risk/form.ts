/** The screening form: description and/or feature list, offices, as-of date, optional CPC prefix. */
import { h } from '@web/src/dom/h';
import type { Translate } from '@web/src/i18n';
import { FTO_JURISDICTIONS, type RiskParams } from './params';
import type { RiskFormValues } from './request';

export interface RiskFormProps {
  t: Translate;
  initial: RiskParams;
  onSubmit(values: RiskFormValues): void;
}

export interface RiskForm {
  element: HTMLFormElement;
  /** Shows why the form was not sent (undefined hides the message). */
  showProblem(message: string | undefined): void;
}

function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  return h(
    'label',
    { attrs: { class: 'form-field' } },
    h('span', { attrs: { class: 'form-label' } }, label),
    control,
    hint !== undefined && h('span', { attrs: { class: 'muted form-hint' } }, hint),
  );
}

function jurisdictionBoxes(t: Translate, checked: readonly string[]): HTMLElement {
  return h(
    'fieldset',
    { attrs: { class: 'form-field risk-jurisdictions' } },
    h('legend', { attrs: { class: 'form-label' } }, t('risk.jurisdictions')),
    ...FTO_JURISDICTIONS.map((code) =>
      h(
        'label',
        { attrs: { class: 'checkbox' } },
        h('input', {
          attrs: { type: 'checkbox', name: 'jurisdiction', value: code, checked: checked.includes(code) },
        }),
        code,
      ),
    ),
  );
}

function readValues(form: HTMLFormElement): RiskFormValues {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  return {
    description: text('description'),
    featuresText: text('features'),
    jurisdictions: data.getAll('jurisdiction').map(String),
    asOf: text('asOf'),
    cpc: text('cpc'),
    ownApplicantsText: text('ownApplicants'),
    ownMode: text('ownMode') === 'exclude' ? 'exclude' : 'label',
    includeInactive: data.get('includeInactive') === 'on',
  };
}

export function createRiskForm(props: RiskFormProps): RiskForm {
  const { t, initial } = props;
  const problem = h('p', { attrs: { class: 'form-message', role: 'alert', hidden: true } });
  const description = h('textarea', {
    attrs: { name: 'description', rows: 6, placeholder: t('risk.descriptionHint'), spellcheck: false },
  });
  const features = h('textarea', {
    attrs: { name: 'features', rows: 5, placeholder: t('risk.featuresHint'), spellcheck: false },
  });
  const form = h(
    'form',
    { attrs: { class: 'panel risk-form', 'aria-label': t('risk.formTitle'), novalidate: true } },
    h('h2', null, t('risk.formTitle')),
    h('p', { attrs: { class: 'muted' } }, t('risk.confidential')),
    h(
      'div',
      { attrs: { class: 'risk-texts' } },
      field(t('risk.description'), description),
      field(t('risk.features'), features),
    ),
    h(
      'div',
      { attrs: { class: 'risk-options' } },
      jurisdictionBoxes(t, initial.jurisdictions),
      field(
        t('risk.asOf'),
        // Text, not type=date: Chromium shows a date field in the browser's locale (mm/dd/yyyy in an
        // English browser) whatever the page's language; ISO yyyy-mm-dd reads the same in zh and en.
        h('input', {
          attrs: {
            type: 'text',
            name: 'asOf',
            value: initial.asOf,
            required: true,
            inputmode: 'numeric',
            pattern: '\\d{4}-\\d{2}-\\d{2}',
            placeholder: t('risk.asOfFormat'),
            class: 'input-date',
            'data-testid': 'risk-as-of',
          },
        }),
      ),
      field(
        t('risk.ownApplicants'),
        h('textarea', {
          attrs: { name: 'ownApplicants', rows: 2, spellcheck: false, 'data-testid': 'risk-own' },
        }),
        t('risk.ownApplicantsHint'),
      ),
      field(
        t('risk.ownMode'),
        h(
          'select',
          { attrs: { name: 'ownMode' } },
          h('option', { attrs: { value: 'label' } }, t('risk.ownMode.label')),
          h('option', { attrs: { value: 'exclude' } }, t('risk.ownMode.exclude')),
        ),
      ),
      field(
        t('risk.cpc'),
        h('input', {
          attrs: { type: 'text', name: 'cpc', value: initial.cpc ?? '', placeholder: 'H01M', size: 10 },
        }),
        t('risk.cpcHint'),
      ),
      h(
        'label',
        { attrs: { class: 'check', title: t('risk.includeInactiveHint') } },
        h('input', {
          attrs: { type: 'checkbox', name: 'includeInactive', 'data-testid': 'risk-include-inactive' },
        }),
        ` ${t('risk.includeInactive')}`,
      ),
    ),
    h(
      'div',
      { attrs: { class: 'form-actions' } },
      h('button', { attrs: { type: 'submit', class: 'button button-primary' } }, t('risk.submit')),
      problem,
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    props.onSubmit(readValues(form));
  });
  return {
    element: form,
    showProblem(message) {
      problem.textContent = message ?? '';
      problem.hidden = message === undefined;
    },
  };
}
