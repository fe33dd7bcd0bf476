/** A project's effect dictionary (graph-schema/dto/effect-dictionary.ts): read, edit, hand-tag. */
import {
  EffectDictionaryResponse,
  type PhraseInput,
  type TagAction,
} from '@graph-schema/dto/effect-dictionary';
import { requestJson } from './request';

const base = (project: string) => `/api/projects/${encodeURIComponent(project)}/effect-dictionary`;
const effectPath = (project: string, effect: string) =>
  `${base(project)}/effects/${encodeURIComponent(effect)}`;
type Name = { zh: string; en: string };

export const fetchEffectDictionary = (project: string, signal?: AbortSignal) =>
  requestJson(base(project), EffectDictionaryResponse, { signal });

export const addDictionaryEffect = (project: string, name: Name, who: string) =>
  requestJson(`${base(project)}/effects`, EffectDictionaryResponse, { body: { name, who } });

export const renameDictionaryEffect = (project: string, effect: string, name: Name, who: string) =>
  requestJson(effectPath(project, effect), EffectDictionaryResponse, {
    method: 'PATCH',
    body: { name, who },
  });

export const mergeDictionaryEffect = (project: string, effect: string, into: string, who: string) =>
  requestJson(`${effectPath(project, effect)}/merge`, EffectDictionaryResponse, { body: { into, who } });

export const deleteDictionaryEffect = (project: string, effect: string, who: string) =>
  requestJson(`${effectPath(project, effect)}?who=${encodeURIComponent(who)}`, EffectDictionaryResponse, {
    method: 'DELETE',
  });

export const addEffectPhrase = (project: string, effect: string, input: PhraseInput) =>
  requestJson(`${effectPath(project, effect)}/phrases`, EffectDictionaryResponse, { body: input });

export const removeEffectPhrase = (
  project: string,
  effect: string,
  lang: 'zh' | 'en',
  phrase: string,
  who: string,
) =>
  requestJson(
    `${effectPath(project, effect)}/phrases?${new URLSearchParams({ lang, phrase, who })}`,
    EffectDictionaryResponse,
    { method: 'DELETE' },
  );

export const tagEffectFamily = (
  project: string,
  effect: string,
  family: string,
  action: TagAction,
  who: string,
) =>
  requestJson(`${base(project)}/tags`, EffectDictionaryResponse, { body: { effect, family, action, who } });

export const untagEffectFamily = (project: string, effect: string, family: string, who: string) =>
  requestJson(
    `${base(project)}/tags/${encodeURIComponent(effect)}/${encodeURIComponent(family)}?who=${encodeURIComponent(who)}`,
    EffectDictionaryResponse,
    { method: 'DELETE' },
  );

export const resetEffectDictionary = (project: string) =>
  requestJson(base(project), EffectDictionaryResponse, { method: 'DELETE' });
