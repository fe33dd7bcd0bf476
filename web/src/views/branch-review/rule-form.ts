/**
 * The rule form: one fieldset per rule of the leaf, one textarea per list (a pattern or keyword per
 * line), read back into rules in the chain-definition format. Fields left empty are left out, as
 * a definition file would; the server validates the result and names the field it rejects.
 */
import type { EditedRule } from '@graph-schema/dto/rule-versions';
import { h } from '@web/src/dom/h';
import type { MessageKey, Translate } from '@web/src/i18n';

type ListField = 'include' | 'exclude' | 'any' | 'all' | 'keywordExclude';
const FIELDS: readonly [ListField, MessageKey][] = [
  ['include', 'rules.include'],
  ['exclude', 'rules.exclude'],
  ['any', 'rules.any'],
  ['all', 'rules.all'],
  ['keywordExclude', 'rules.keywordExclude'],
];

function listOf(rule: EditedRule, field: ListField): readonly string[] {
  if (field === 'include') return rule.classifications?.include ?? [];
  if (field === 'exclude') return rule.classifications?.exclude ?? [];
  if (field === 'keywordExclude') return rule.keywords?.exclude ?? [];
  return rule.keywords?.[field] ?? [];
}

const lines = (area: HTMLTextAreaElement) =>
  area.value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

export interface RuleForm {
  element: HTMLElement;
  read(): EditedRule[];
}

function ruleFieldset(rule: EditedRule, t: Translate) {
  const areas = new Map<ListField, HTMLTextAreaElement>();
  const fieldset = h(
    'fieldset',
    { attrs: { class: 'rule-edit', 'data-rule': rule.id } },
    h('legend', null, `${t('rules.rule')} `, h('code', { attrs: { translate: 'no' } }, rule.id)),
    ...FIELDS.map(([field, label]) => {
      const area = h('textarea', {
        attrs: { name: field, rows: 3, spellcheck: 'false', translate: 'no' },
      }) as HTMLTextAreaElement;
      area.value = listOf(rule, field).join('\n');
      areas.set(field, area);
      return h('label', { attrs: { class: 'rule-field' } }, h('span', null, t(label)), area);
    }),
  );
  const read = (): EditedRule => {
    const get = (field: ListField) => lines(areas.get(field) as HTMLTextAreaElement);
    const [include, exclude, any, all, veto] = FIELDS.map(([field]) => get(field)) as string[][];
    const keywords = {
      ...(any?.length ? { any } : {}),
      ...(all?.length ? { all } : {}),
      ...(veto?.length ? { exclude: veto } : {}),
    };
    return {
      id: rule.id,
      ...(include?.length || exclude?.length
        ? { classifications: { include: include ?? [], ...(exclude?.length ? { exclude } : {}) } }
        : {}),
      ...(Object.keys(keywords).length > 0 ? { keywords } : {}),
      ...(rule.scheme ? { scheme: rule.scheme } : {}),
      ...(rule.source ? { source: rule.source } : {}),
      ...(rule.note !== undefined ? { note: rule.note } : {}),
    };
  };
  return { fieldset, read };
}

export function ruleForm(rules: readonly EditedRule[], t: Translate): RuleForm {
  const parts = rules.map((rule) => ruleFieldset(rule, t));
  return {
    element: h('div', { attrs: { class: 'rule-form' } }, ...parts.map((part) => part.fieldset)),
    read: () => parts.map((part) => part.read()),
  };
}
