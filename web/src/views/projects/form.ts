/**
 * The create/edit form with every field of a project definition (graph-schema/dto/project.ts):
 * checked by the contract's schema before it is sent (form-model.ts), problems shown per field.
 */
import {
  NAVIGATION_TYPE_IDS,
  NAVIGATION_TYPES,
  type NavigationType,
  type Project,
} from '@graph-schema/dto/project';
import { DATE_BASES, type DateBasis } from '@graph-schema/dto/scope';
import { createProject, updateProject } from '@web/src/api/projects';
import { h } from '@web/src/dom/h';
import type { Lang, MessageKey, Translate } from '@web/src/i18n';
import { readableErrorLine } from '@web/src/widgets/status';
import { workspaceChoice } from '@web/src/widgets/workspace-choice';
import { applicantPicker } from './applicant-picker';
import { boundaryFields, field } from './boundary-fields';
import { checkForm, formValues, type ProjectFormValues } from './form-model';

export interface ProjectFormProps {
  t: Translate;
  lang: Lang;
  /** Absent: a new project. */
  project: Project | undefined;
  signal: AbortSignal;
  onSaved(project: Project): void;
  onCancel(): void;
}

const FIELD_LABELS: Partial<Record<keyof ProjectFormValues, MessageKey>> = {
  name: 'form.name',
  client: 'form.client',
  cpc: 'form.cpc',
  ipc: 'form.ipc',
  offices: 'form.offices',
  yearFrom: 'form.yearFrom',
  yearTo: 'form.yearTo',
  notes: 'form.notes',
  target: 'form.target',
  competitors: 'form.competitors',
  ownApplicants: 'form.ownApplicants',
};

type TextField = 'name' | 'client' | 'offices' | 'yearFrom' | 'yearTo';

function textInput(
  values: ProjectFormValues,
  name: TextField,
  attrs: Record<string, string> = {},
): HTMLInputElement {
  const input = h('input', { attrs: { name, value: values[name], ...attrs } });
  input.addEventListener('input', () => (values[name] = input.value));
  return input;
}

function choice<T extends string>(
  name: string,
  options: readonly (readonly [T, string])[],
  value: T,
  set: (v: T) => void,
) {
  const select = h(
    'select',
    { attrs: { name }, on: { change: () => set(select.value as T) } },
    ...options.map(([id, text]) => h('option', { attrs: { value: id, selected: id === value } }, text)),
  );
  return select;
}

function applicantFields(t: Translate, values: ProjectFormValues): HTMLElement[] {
  return [
    applicantPicker({
      t,
      label: t('form.target'),
      name: 'target',
      single: true,
      value: values.target ? [values.target] : [],
      onChange: (list) => (values.target = list[0] ?? null),
    }),
    applicantPicker({
      t,
      label: t('form.competitors'),
      name: 'competitors',
      single: false,
      value: values.competitors,
      onChange: (list) => (values.competitors = list),
    }),
    applicantPicker({
      t,
      label: t('form.ownApplicants'),
      name: 'ownApplicants',
      single: false,
      value: values.ownApplicants,
      onChange: (list) => (values.ownApplicants = list),
    }),
  ];
}

export function projectForm(props: ProjectFormProps): HTMLElement {
  const { t, lang } = props;
  const values = formValues(props.project?.definition);
  const types = NAVIGATION_TYPE_IDS.map((id) => [id, NAVIGATION_TYPES[id][lang]] as const);
  const bases = DATE_BASES.map((id) => [id, t(`basis.${id}`)] as const);
  const notes = h('textarea', { attrs: { name: 'notes', rows: 3 } }, values.notes);
  notes.addEventListener('input', () => (values.notes = notes.value));
  // Only a new project chooses its workspace: an existing one keeps its own.
  const workspace = props.project ? undefined : workspaceChoice(t, props.signal);
  const problems = h('ul', { attrs: { class: 'form-problems', role: 'alert' } });
  const save = h('button', { attrs: { type: 'submit', class: 'button button-primary' } }, t('form.save'));
  const form = h(
    'form',
    { attrs: { class: 'project-form', 'aria-label': t('form.create') } },
    h(
      'h2',
      null,
      props.project ? t('form.editing', { name: props.project.definition.name }) : t('form.create'),
    ),
    h(
      'div',
      { attrs: { class: 'form-grid' } },
      field(t('form.name'), textInput(values, 'name', { required: 'true' })),
      field(t('form.client'), textInput(values, 'client')),
      field(
        t('form.navigationType'),
        choice<NavigationType>(
          'navigationType',
          types,
          values.navigationType,
          (v) => (values.navigationType = v),
        ),
      ),
      field(t('form.offices'), textInput(values, 'offices', { placeholder: t('form.officesHint') })),
      field(t('form.yearFrom'), textInput(values, 'yearFrom', { inputmode: 'numeric' })),
      field(t('form.yearTo'), textInput(values, 'yearTo', { inputmode: 'numeric' })),
      field(
        t('form.dateBasis'),
        choice<DateBasis>('dateBasis', bases, values.dateBasis, (v) => (values.dateBasis = v)),
      ),
      workspace?.element,
    ),
    boundaryFields(t, lang, values, props.signal),
    ...applicantFields(t, values),
    field(t('form.notes'), notes),
    problems,
    h(
      'div',
      { attrs: { class: 'dialog-actions' } },
      h(
        'button',
        { attrs: { type: 'button', class: 'button' }, on: { click: props.onCancel } },
        t('form.cancel'),
      ),
      save,
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const checked = checkForm(values);
    if (!checked.ok) {
      problems.replaceChildren(
        ...checked.problems.map((problem) => {
          const key = FIELD_LABELS[problem.field];
          const name = key ? t(key) : problem.field;
          const message = t(`form.problem.${problem.kind}`, { limit: problem.limit ?? '' });
          return h('li', null, t('form.invalid', { field: name, message }));
        }),
      );
      return;
    }
    save.disabled = true;
    const request = props.project
      ? updateProject(props.project.id, checked.definition)
      : createProject(checked.definition, workspace?.value());
    request.then(props.onSaved).catch((error: unknown) => {
      save.disabled = false;
      problems.replaceChildren(h('li', null, readableErrorLine(error, t)));
    });
  });
  return form;
}
