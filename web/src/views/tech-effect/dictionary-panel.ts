/**
 * The effect dictionary editor of the tech–effect view (issue 13): the project's effects with
 * their Chinese and English phrases (counting, or weaker wording), add / remove a phrase, rename,
 * merge into another effect, delete, add an effect, and go back to the shipped lexicon. Every
 * change is saved with who made it and the matrix reloads (its cache is keyed by the version).
 */
import type { DictionaryEffect, EffectDictionaryResponse } from '@graph-schema/dto/effect-dictionary';
import {
  addDictionaryEffect,
  addEffectPhrase,
  deleteDictionaryEffect,
  mergeDictionaryEffect,
  removeEffectPhrase,
  renameDictionaryEffect,
  resetEffectDictionary,
} from '@web/src/api/effect-dictionary';
import { h } from '@web/src/dom/h';
import type { Translate } from '@web/src/i18n';
import { readableErrorLine } from '@web/src/widgets/status';

export interface DictionaryPanelDeps {
  readonly project: string;
  readonly dictionary: EffectDictionaryResponse;
  readonly t: Translate;
  readonly lang: 'zh' | 'en';
  /** After a saved change: reload the matrix and the dictionary. */
  readonly changed: () => void;
}

/** The panel stays open across the reload a change causes, and the name typed once is reused. */
const remembered = { open: false, who: '' };

const input = (name: string, label: string, value = '') =>
  h('input', { attrs: { name, type: 'text', value, 'aria-label': label, placeholder: label } });

const select = (name: string, label: string, options: ReadonlyArray<readonly [string, string]>) =>
  h(
    'select',
    { attrs: { name, 'aria-label': label } },
    ...options.map(([value, text]) => h('option', { attrs: { value } }, text)),
  );

export function dictionaryPanel(deps: DictionaryPanelDeps): HTMLElement {
  const { t, dictionary } = deps;
  const status = h('p', { attrs: { class: 'error', role: 'alert', hidden: true } });
  const who = input('effects-who', t('effects.who'), remembered.who);
  who.addEventListener('input', () => {
    remembered.who = who.value;
  });
  const run = (action: (name: string) => Promise<unknown>) => {
    status.hidden = true;
    action(who.value.trim() || '-').then(deps.changed, (error: unknown) => {
      status.textContent = readableErrorLine(error, t);
      status.hidden = false;
    });
  };
  const origin =
    dictionary.origin === 'project'
      ? t('effects.origin.project', { version: dictionary.version })
      : t('effects.origin.lexicon');
  const panel = h(
    'details',
    { attrs: { class: 'effect-dictionary', open: remembered.open, 'data-version': dictionary.version } },
    h('summary', null, `${t('effects.title')} · ${origin}`),
    // The lexicon states its source in English only: marked so, like other English-only reference text.
    h(
      'p',
      { attrs: { class: 'muted' } },
      t('effects.seed', { source: '' }),
      h('span', { attrs: { lang: 'en' } }, dictionary.seed.source),
    ),
    h('label', { attrs: { class: 'tool' } }, h('span', null, t('effects.who')), who),
    status,
    h(
      'table',
      { attrs: { class: 'effect-dictionary-table' } },
      h('tbody', null, ...dictionary.effects.map((effect) => effectRow(effect, deps, run))),
    ),
    addEffectForm(deps, run),
    h(
      'button',
      {
        attrs: { type: 'button', class: 'effects-reset' },
        on: {
          click: () => {
            if (window.confirm(t('effects.resetConfirm'))) run(() => resetEffectDictionary(deps.project));
          },
        },
      },
      t('effects.reset'),
    ),
  );
  panel.addEventListener('toggle', () => {
    remembered.open = (panel as HTMLDetailsElement).open;
  });
  return panel;
}

type Run = (action: (who: string) => Promise<unknown>) => void;

function phraseChips(effect: DictionaryEffect, deps: DictionaryPanelDeps, run: Run): HTMLElement[] {
  const { t } = deps;
  return (['strict', 'loose'] as const).flatMap((strength) =>
    (['zh', 'en'] as const).map((lang) =>
      h(
        'div',
        { attrs: { class: 'phrase-group', 'data-strength': strength, 'data-lang': lang } },
        h(
          'span',
          { attrs: { class: 'muted' } },
          `${t(`effects.${strength}`)} · ${t(`effects.lang.${lang}`)}: `,
        ),
        ...(effect[strength][lang].length === 0 ? [t('effects.none')] : []),
        ...effect[strength][lang].map((phrase) =>
          h(
            'span',
            { attrs: { class: 'phrase-chip', 'data-phrase': phrase, lang } },
            phrase,
            h(
              'button',
              {
                attrs: {
                  type: 'button',
                  class: 'phrase-remove',
                  'aria-label': t('effects.removePhrase', { phrase }),
                },
                on: {
                  click: () => run((who) => removeEffectPhrase(deps.project, effect.id, lang, phrase, who)),
                },
              },
              '×',
            ),
          ),
        ),
      ),
    ),
  );
}

function effectRow(effect: DictionaryEffect, deps: DictionaryPanelDeps, run: Run): HTMLElement {
  const { t, project } = deps;
  const phrase = input('phrase', t('effects.phrase'));
  const lang = select('phrase-lang', t('effects.phrase'), [
    ['zh', t('effects.lang.zh')],
    ['en', t('effects.lang.en')],
  ]);
  const strength = select('phrase-strength', t('effects.strict'), [
    ['strict', t('effects.strict')],
    ['loose', t('effects.loose')],
  ]);
  const addPhrase = () => {
    const text = phrase.value.trim();
    if (!text) return;
    run((who) =>
      addEffectPhrase(project, effect.id, {
        lang: lang.value as 'zh' | 'en',
        strength: strength.value as 'strict' | 'loose',
        phrase: text,
        who,
      }),
    );
  };
  phrase.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') addPhrase();
  });
  return h(
    'tr',
    { attrs: { 'data-effect': effect.id } },
    h(
      'th',
      { attrs: { scope: 'row' } },
      h('span', { attrs: { lang: 'zh' } }, effect.name.zh),
      h('br'),
      h('span', { attrs: { lang: 'en' } }, effect.name.en),
    ),
    h('td', null, ...phraseChips(effect, deps, run)),
    h(
      'td',
      { attrs: { class: 'effect-actions' } },
      h(
        'div',
        { attrs: { class: 'phrase-form' } },
        lang,
        strength,
        phrase,
        h(
          'button',
          { attrs: { type: 'button', class: 'add-phrase' }, on: { click: addPhrase } },
          t('effects.addPhrase'),
        ),
      ),
      effectMenu(effect, deps, run),
    ),
  );
}

/** Rename, merge and delete: less frequent, so folded away. */
function effectMenu(effect: DictionaryEffect, deps: DictionaryPanelDeps, run: Run): HTMLElement {
  const { t, project, lang } = deps;
  const zh = input('name-zh', t('effects.nameZh'), effect.name.zh);
  const en = input('name-en', t('effects.nameEn'), effect.name.en);
  const others = deps.dictionary.effects.filter((e) => e.id !== effect.id);
  const into = select(
    'merge-into',
    t('effects.mergeInto'),
    others.map((e) => [e.id, e.name[lang]] as const),
  );
  const button = (label: string, cls: string, click: () => void) =>
    h('button', { attrs: { type: 'button', class: cls }, on: { click } }, label);
  return h(
    'details',
    { attrs: { class: 'effect-menu' } },
    h('summary', null, '…'),
    h(
      'div',
      null,
      zh,
      en,
      button(t('effects.rename'), 'rename-effect', () =>
        run((who) =>
          renameDictionaryEffect(project, effect.id, { zh: zh.value.trim(), en: en.value.trim() }, who),
        ),
      ),
    ),
    h(
      'div',
      null,
      into,
      button(t('effects.merge'), 'merge-effect', () =>
        run((who) => mergeDictionaryEffect(project, effect.id, into.value, who)),
      ),
    ),
    button(t('effects.delete'), 'delete-effect', () =>
      run((who) => deleteDictionaryEffect(project, effect.id, who)),
    ),
  );
}

function addEffectForm(deps: DictionaryPanelDeps, run: Run): HTMLElement {
  const { t, project } = deps;
  const zh = input('new-effect-zh', t('effects.nameZh'));
  const en = input('new-effect-en', t('effects.nameEn'));
  return h(
    'div',
    { attrs: { class: 'add-effect-form' } },
    zh,
    en,
    h(
      'button',
      {
        attrs: { type: 'button', class: 'add-effect' },
        on: {
          click: () =>
            run((who) => addDictionaryEffect(project, { zh: zh.value.trim(), en: en.value.trim() }, who)),
        },
      },
      t('effects.addEffect'),
    ),
  );
}
