/**
 * Rule editing in the branch review (issue 13): the leaf's rules in use (the shipped rule or the
 * project's active version) in an editable form, a live preview of what the edit adds and removes,
 * saving it as a new version with who/why, the versions with a re-tag button each, and the chain's
 * rules as a JSON file to export or import.
 */
import type {
  PreviewFamily,
  RulePreviewResponse,
  RuleVersionsResponse,
} from '@graph-schema/dto/rule-versions';
import type { BranchPlace } from '@web/src/api/branch-review';
import { chainRulesPath, previewRules, retagLeaf, saveRuleVersion } from '@web/src/api/rule-versions';
import { h } from '@web/src/dom/h';
import type { Lang, Translate } from '@web/src/i18n';
import { readableErrorLine } from '@web/src/widgets/status';
import { ruleForm } from './rule-form';

export interface RuleEditorActions {
  /** Runs a write, then reloads the review (counts change after a re-tag). */
  act(work: () => Promise<unknown>, done?: (result: unknown) => string): void;
  importFile(file: unknown): void;
}

const titleOf = (hit: PreviewFamily, lang: Lang) =>
  (lang === 'zh' ? (hit.title.zh ?? hit.title.en) : (hit.title.en ?? hit.title.zh)) ?? hit.patentId;

function sampleList(heading: string, hits: readonly PreviewFamily[], lang: Lang, t: Translate) {
  const items = hits.map((hit) =>
    h(
      'li',
      { attrs: { 'data-family': hit.family } },
      h('span', { attrs: { class: 'patent-id', translate: 'no' } }, hit.patentId),
      ` ${titleOf(hit, lang)}`,
      hit.evidence ? h('small', { attrs: { translate: 'no' } }, ` (${hit.evidence})`) : '',
    ),
  );
  return h(
    'div',
    { attrs: { class: 'preview-sample' } },
    h('h4', null, heading),
    items.length ? h('ul', null, ...items) : h('p', null, t('rules.noneChanged')),
  );
}

export function previewBlock(preview: RulePreviewResponse, lang: Lang, t: Translate): HTMLElement {
  return h(
    'div',
    { attrs: { class: 'rule-preview-result' } },
    h(
      'p',
      { attrs: { class: 'preview-counts' } },
      t('rules.previewResult', {
        current: preview.current,
        proposed: preview.proposed,
        added: preview.added.families,
        removed: preview.removed.families,
        scanned: preview.scanned,
      }),
    ),
    h(
      'div',
      { attrs: { class: 'preview-samples' } },
      sampleList(t('rules.added'), preview.added.sample, lang, t),
      sampleList(t('rules.removed'), preview.removed.sample, lang, t),
    ),
  );
}

function versionsList(
  versions: RuleVersionsResponse,
  place: BranchPlace,
  t: Translate,
  actions: RuleEditorActions,
) {
  const retagButton = (version: number) =>
    h(
      'button',
      {
        attrs: { type: 'button', class: 'button-link retag', 'data-version': String(version) },
        on: {
          click: () =>
            actions.act(
              () => retagLeaf(place, version),
              (result) => t('rules.retagged', result as { version: number; families: number }),
            ),
        },
      },
      t('rules.retag'),
    );
  const activeMark = (active: boolean) =>
    active ? h('strong', { attrs: { class: 'active-version' } }, ` ${t('rules.version.active')} `) : ' ';
  const rows = versions.versions.map((v) =>
    h(
      'li',
      { attrs: { 'data-version': String(v.version) } },
      t('rules.version.row', {
        version: v.version,
        who: v.who,
        at: (v.at ?? '').slice(0, 16).replace('T', ' '),
        why: v.why,
      }),
      v.families === null ? '' : ` · ${t('rules.version.families', { families: v.families })}`,
      activeMark(v.active),
      v.active ? '' : retagButton(v.version),
    ),
  );
  const shipped = h(
    'li',
    { attrs: { 'data-version': '0' } },
    t('rules.version.shipped'),
    activeMark(versions.activeVersion === 0),
    versions.activeVersion === 0 ? '' : retagButton(0),
  );
  return h('ul', { attrs: { class: 'rule-versions' } }, ...rows, shipped);
}

function fileTools(place: BranchPlace, t: Translate, actions: RuleEditorActions) {
  const input = h('input', {
    attrs: { type: 'file', accept: 'application/json,.json', name: 'chain-rules' },
  }) as HTMLInputElement;
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void file.text().then((text) => actions.importFile(text));
  });
  return h(
    'p',
    { attrs: { class: 'toolbar rule-file' } },
    h(
      'a',
      { attrs: { href: chainRulesPath(place.project, place.chain), download: '', class: 'button-link' } },
      t('rules.export'),
    ),
    h('label', { attrs: { class: 'tool' } }, h('span', null, t('rules.import')), input),
  );
}

export function ruleEditorSection(
  versions: RuleVersionsResponse,
  place: BranchPlace,
  lang: Lang,
  t: Translate,
  actions: RuleEditorActions,
): HTMLElement {
  const active = versions.versions.find((v) => v.active);
  const form = ruleForm(active?.rules ?? versions.shipped, t);
  const result = h('div', { attrs: { class: 'rule-preview', 'aria-live': 'polite' } });
  const message = (text: string) =>
    result.replaceChildren(h('p', { attrs: { class: 'rule-message' } }, text));
  const failed = (error: unknown) => message(readableErrorLine(error, t));
  const who = h('input', {
    attrs: { name: 'rule-who', type: 'text', autocomplete: 'name' },
  }) as HTMLInputElement;
  const why = h('input', { attrs: { name: 'rule-why', type: 'text' } }) as HTMLInputElement;
  const preview = () => {
    message(t('rules.previewing'));
    previewRules(place, form.read()).then(
      (answer) => result.replaceChildren(previewBlock(answer, lang, t)),
      failed,
    );
  };
  const save = () => {
    if (!who.value.trim() || !why.value.trim()) return message(t('rules.needWhy'));
    actions.act(
      () => saveRuleVersion(place, { rules: form.read(), who: who.value.trim(), why: why.value.trim() }),
      (saved) => t('rules.saved', saved as { version: number }),
    );
  };
  const button = (label: string, cls: string, click: () => void) =>
    h('button', { attrs: { type: 'button', class: cls }, on: { click } }, label);
  return h(
    'section',
    { attrs: { class: 'review-rule-editor' } },
    h('h3', null, t('rules.title')),
    h('p', { attrs: { class: 'note' } }, t('rules.note')),
    h(
      'p',
      { attrs: { class: 'active-rule' } },
      active ? t('rules.activeVersion', { version: active.version }) : t('rules.activeShipped'),
    ),
    form.element,
    h(
      'div',
      { attrs: { class: 'toolbar' } },
      button(t('rules.preview'), 'preview-rules', preview),
      h('label', { attrs: { class: 'tool' } }, h('span', null, t('rules.who')), who),
      h('label', { attrs: { class: 'tool' } }, h('span', null, t('rules.why')), why),
      button(t('rules.save'), 'save-rules', save),
    ),
    result,
    h('h4', null, t('rules.versions')),
    versions.versions.length ? '' : h('p', null, t('rules.noVersions')),
    versionsList(versions, place, t, actions),
    fileTools(place, t, actions),
  );
}
