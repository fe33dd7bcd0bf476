/**
 * Edits of a project's effect dictionary as pure functions over its effects: add an effect, rename
 * it, add or remove a phrase, merge one effect into another, delete one. Each returns the new list
 * (the input is never changed) or throws a validation error naming the field, so the route can
 * apply it inside one write transaction and a retry computes the same result.
 */
import type { DictionaryEffect, PhraseInput } from '@graph-schema/dto/effect-dictionary';
import { validationFailed } from '@server/platform/errors';

type Effects = readonly DictionaryEffect[];
type Name = DictionaryEffect['name'];

const normalised = (phrase: string) => phrase.trim().toLowerCase();

function find(effects: Effects, id: string, field = 'effect'): DictionaryEffect {
  const effect = effects.find((e) => e.id === id);
  if (!effect) throw validationFailed(field, `no effect ${JSON.stringify(id)} in the dictionary`);
  return effect;
}

const replace = (effects: Effects, changed: DictionaryEffect) =>
  effects.map((e) => (e.id === changed.id ? changed : e));

function assertNameFree(effects: Effects, name: Name, except?: string) {
  const clash = effects.find(
    (e) =>
      e.id !== except &&
      (normalised(e.name.zh) === normalised(name.zh) || normalised(e.name.en) === normalised(name.en)),
  );
  if (clash)
    throw validationFailed('name', `another effect is already called ${clash.name.en} / ${clash.name.zh}`);
}

/** camelCase of the English name's words (digits kept), made unique with a number. */
export function effectIdFor(effects: Effects, english: string): string {
  const words = english.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const camel = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
  const base = /^[a-z]/.test(camel) ? camel.slice(0, 40) : `effect${camel.slice(0, 34)}`;
  const taken = new Set(effects.map((e) => e.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}${n}`)) n++;
  return `${base}${n}`;
}

export function addEffect(effects: Effects, name: Name): { effects: DictionaryEffect[]; id: string } {
  assertNameFree(effects, name);
  const id = effectIdFor(effects, name.en);
  const empty = () => ({ zh: [], en: [] });
  return { effects: [...effects, { id, name, strict: empty(), loose: empty() }], id };
}

export function renameEffect(effects: Effects, id: string, name: Name): DictionaryEffect[] {
  const effect = find(effects, id);
  assertNameFree(effects, name, id);
  return replace(effects, { ...effect, name });
}

/** Adds the phrase once; a phrase the effect already has (either strength) is moved to the one asked for. */
export function addPhrase(effects: Effects, id: string, input: Omit<PhraseInput, 'who'>): DictionaryEffect[] {
  const effect = find(effects, id);
  const phrase = input.phrase.trim();
  const owner = effects.find(
    (e) =>
      e.id !== id &&
      [...e.strict[input.lang], ...e.loose[input.lang]].some((p) => normalised(p) === normalised(phrase)),
  );
  if (owner)
    throw validationFailed(
      'phrase',
      `${JSON.stringify(phrase)} already belongs to ${owner.name.en}: merge or remove it there`,
    );
  const without = removeFrom(effect, input.lang, phrase);
  const other = input.strength === 'strict' ? 'loose' : 'strict';
  return replace(effects, {
    ...effect,
    [input.strength]: {
      ...effect[input.strength],
      [input.lang]: [...without[input.strength][input.lang], phrase],
    },
    [other]: without[other],
  });
}

function removeFrom(effect: DictionaryEffect, lang: 'zh' | 'en', phrase: string): DictionaryEffect {
  const keep = (list: readonly string[]) => list.filter((p) => normalised(p) !== normalised(phrase));
  return {
    ...effect,
    strict: { ...effect.strict, [lang]: keep(effect.strict[lang]) },
    loose: { ...effect.loose, [lang]: keep(effect.loose[lang]) },
  };
}

export function removePhrase(
  effects: Effects,
  id: string,
  lang: 'zh' | 'en',
  phrase: string,
): DictionaryEffect[] {
  const effect = find(effects, id);
  const changed = removeFrom(effect, lang, phrase);
  const count = (e: DictionaryEffect) => e.strict[lang].length + e.loose[lang].length;
  if (count(changed) === count(effect))
    throw validationFailed('phrase', `the effect has no phrase ${JSON.stringify(phrase)}`);
  return replace(effects, changed);
}

/** `from`'s phrases join `into` (strict stays strict unless `into` already has the phrase); `from` goes. */
export function mergeEffects(effects: Effects, from: string, into: string): DictionaryEffect[] {
  if (from === into) throw validationFailed('into', 'an effect cannot be merged into itself');
  const source = find(effects, from);
  const target = find(effects, into, 'into');
  const union = (a: readonly string[], b: readonly string[]) => [
    ...a,
    ...b.filter((p) => !a.some((q) => normalised(q) === normalised(p))),
  ];
  const merged: DictionaryEffect = {
    ...target,
    strict: { zh: union(target.strict.zh, source.strict.zh), en: union(target.strict.en, source.strict.en) },
    loose: { zh: union(target.loose.zh, source.loose.zh), en: union(target.loose.en, source.loose.en) },
  };
  const strictOf = (lang: 'zh' | 'en') => merged.strict[lang].map(normalised);
  merged.loose = {
    zh: merged.loose.zh.filter((p) => !strictOf('zh').includes(normalised(p))),
    en: merged.loose.en.filter((p) => !strictOf('en').includes(normalised(p))),
  };
  return replace(effects, merged).filter((e) => e.id !== from);
}

export function deleteEffect(effects: Effects, id: string): DictionaryEffect[] {
  find(effects, id);
  if (effects.length === 1) throw validationFailed('effect', 'the dictionary needs at least one effect');
  return effects.filter((e) => e.id !== id);
}
