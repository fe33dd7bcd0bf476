/**
 * Hand tags of a matrix cell (issue 13): count a family for the cell's effect or leave it out,
 * whatever its text says (by family id or a member's publication number), and the project's
 * tags of that effect with an undo each. Only lexicon/dictionary effects can be tagged.
 */
import type { EffectDictionaryResponse } from '@graph-schema/dto/effect-dictionary';
import type { TechEffectCell } from '@graph-schema/dto/tech-effect';
import { tagEffectFamily, untagEffectFamily } from '@web/src/api/effect-dictionary';
import { h } from '@web/src/dom/h';
import { readableErrorLine } from '@web/src/widgets/status';
import type { ViewContext } from '../types';

export interface HandTagDeps {
  readonly project: string;
  readonly dictionary: EffectDictionaryResponse;
  readonly changed: () => void;
}

export function handTagSection(cell: TechEffectCell, context: ViewContext, deps: HandTagDeps): HTMLElement[] {
  const { t } = context;
  if (!deps.dictionary.effects.some((e) => e.id === cell.effect)) return [];
  const status = h('p', { attrs: { class: 'error', role: 'alert', hidden: true } });
  const family = h('input', {
    attrs: {
      name: 'tag-family',
      type: 'text',
      'aria-label': t('effects.tagFamily'),
      placeholder: t('effects.tagFamily'),
    },
  });
  const who = () => document.querySelector<HTMLInputElement>('input[name=effects-who]')?.value.trim() || '-';
  const run = (action: () => Promise<unknown>) => {
    status.hidden = true;
    action().then(deps.changed, (error: unknown) => {
      status.textContent = readableErrorLine(error, t);
      status.hidden = false;
    });
  };
  const tag = (action: 'add' | 'remove') => () => {
    const id = family.value.trim();
    if (id) run(() => tagEffectFamily(deps.project, cell.effect, id, action, who()));
  };
  const tags = deps.dictionary.tags.filter((item) => item.effect === cell.effect);
  const hand = cell.handTags;
  return [
    h('h3', null, t('effects.handTags')),
    ...(hand
      ? [
          h(
            'p',
            { attrs: { class: 'cell-hand-tags' } },
            t('effects.cellHand', { added: hand.added.length, removed: hand.removed.length }),
          ),
        ]
      : []),
    h(
      'div',
      { attrs: { class: 'hand-tag-form' } },
      family,
      h(
        'button',
        { attrs: { type: 'button', class: 'tag-add' }, on: { click: tag('add') } },
        t('effects.tagAdd'),
      ),
      h(
        'button',
        { attrs: { type: 'button', class: 'tag-remove' }, on: { click: tag('remove') } },
        t('effects.tagRemove'),
      ),
    ),
    status,
    h(
      'ul',
      { attrs: { class: 'hand-tags' } },
      ...tags.map((item) =>
        h(
          'li',
          { attrs: { 'data-family': item.family, 'data-action': item.action } },
          `${item.family} · ${t(`effects.tagged.${item.action}`)} · ${item.who} `,
          h(
            'button',
            {
              attrs: { type: 'button', class: 'untag', 'aria-label': t('effects.untag') },
              on: {
                click: () => run(() => untagEffectFamily(deps.project, item.effect, item.family, who())),
              },
            },
            '×',
          ),
        ),
      ),
    ),
  ];
}
