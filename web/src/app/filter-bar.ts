/**
 * The scope's typed fields as a form (years, date basis, offices, CPC and IPC prefixes), with the
 * scope bar's pickers in front. Values are checked with the API's schema before they are applied.
 */
import { DATE_BASES, type ScopeField, ScopeFields } from '@graph-schema/dto/scope';
import { h } from '../dom/h';
import type { Translate } from '../i18n';
import { DEFAULT_FILTERS, type Filters, filtersToRaw, parseFilters } from '../scope/filters';

/** Fields typed into this form; chain, segment, branch and applicants have pickers (scope-bar/). */
const EDITABLE_FIELDS: readonly ScopeField[] = ['from', 'to', 'dateBasis', 'jurisdiction', 'cpc', 'ipc'];

/** Every scope field has its label `filter.<field>` (tsc checks the key exists in en.ts and zh.ts). */
function fieldLabel(t: Translate, field: ScopeField): string {
  return t(`filter.${field}`);
}

/** The sentence shown when a filter value was rejected (in the form or in a pasted URL). */
export function filterProblemMessage(t: Translate, field: ScopeField, message: string): string {
  return t('filter.invalid', { field: fieldLabel(t, field), message });
}

function labelled(t: Translate, field: ScopeField, control: HTMLElement): HTMLElement {
  return h(
    'label',
    { attrs: { class: `filter filter-${field}` } },
    h('span', null, fieldLabel(t, field)),
    control,
  );
}

/** The browser's own bounds on a year box, read from the contract's year field. */
const YEAR = ScopeFields.shape.from.unwrap();

function yearInput(name: ScopeField, value: number | undefined): HTMLInputElement {
  return h('input', {
    attrs: {
      name,
      type: 'number',
      min: YEAR.minValue ?? undefined,
      max: YEAR.maxValue ?? undefined,
      step: 1,
      inputmode: 'numeric',
      value: value ?? '',
      class: 'input-year',
    },
  });
}

function dateBasisSelect(t: Translate, value: Filters['dateBasis']): HTMLSelectElement {
  const options = DATE_BASES.map((basis) =>
    h('option', { attrs: { value: basis, selected: basis === value } }, t(`basis.${basis}`)),
  );
  return h('select', { attrs: { name: 'dateBasis' } }, ...options);
}

function textInput(name: ScopeField, value: string, placeholder: string): HTMLInputElement {
  return h('input', {
    attrs: { name, type: 'text', value, placeholder, autocomplete: 'off', spellcheck: false },
  });
}

export function createFilterBar(
  t: Translate,
  filters: Filters,
  onApply: (filters: Filters) => void,
  /** Controls that apply on their own (the scope bar's pickers), shown first. */
  pickers: readonly HTMLElement[] = [],
): HTMLFormElement {
  const problemLine = h('p', { attrs: { class: 'filter-problem', role: 'alert', hidden: true } });
  const form = h(
    'form',
    { attrs: { class: 'filter-bar', 'aria-label': t('scope.label') } },
    ...pickers,
    labelled(t, 'from', yearInput('from', filters.from)),
    labelled(t, 'to', yearInput('to', filters.to)),
    labelled(t, 'dateBasis', dateBasisSelect(t, filters.dateBasis)),
    labelled(
      t,
      'jurisdiction',
      textInput('jurisdiction', filters.jurisdiction.join(','), t('filter.jurisdictionHint')),
    ),
    labelled(t, 'cpc', textInput('cpc', filters.cpc ?? '', t('filter.cpcHint'))),
    labelled(t, 'ipc', textInput('ipc', filters.ipc ?? '', t('filter.ipcHint'))),
    h('button', { attrs: { type: 'submit', class: 'button button-primary' } }, t('filter.apply')),
    h('button', { attrs: { type: 'reset', class: 'button button-quiet' } }, t('filter.reset')),
    problemLine,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const edited = Object.fromEntries(EDITABLE_FIELDS.map((key) => [key, String(data.get(key) ?? '')]));
    // Fields without a control keep their current values.
    const { filters: parsed, problems } = parseFilters({ ...filtersToRaw(filters), ...edited });
    const first = problems[0];
    problemLine.hidden = first === undefined;
    if (first) problemLine.textContent = filterProblemMessage(t, first.field, first.message);
    else onApply(parsed);
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    onApply({ ...DEFAULT_FILTERS });
  });
  return form;
}
