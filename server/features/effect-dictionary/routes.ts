/**
 * The effect dictionary of a project (`/api/projects/:project/effect-dictionary…`, issue 13): read
 * it, add / rename / merge / delete effects, add or remove their zh and en phrases, hand-tag
 * families, replace it from a file, or go back to the shipped lexicon. Every write bumps the
 * dictionary's version, which keys the matrix cache (tech-effect/routes.ts); patent data is not touched,
 * so the data version (and every other cache) stays.
 */
import {
  AddEffectInput,
  DictionaryParams,
  EffectDictionaryResponse,
  EffectParams,
  ImportDictionaryInput,
  MergeEffectInput,
  PhraseInput,
  RenameEffectInput,
  TagInput,
  TagParams,
  WhoInput,
} from '@graph-schema/dto/effect-dictionary';
import type { ServerContext } from '@server/platform/context';
import { notFound, validationFailed } from '@server/platform/errors';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { readDictionary } from '../tech-effect/dictionary/dictionary-reads';
import {
  deleteTag,
  deleteTagsOf,
  editDictionary,
  moveTags,
  replaceDictionary,
  resetDictionary,
  writeTag,
} from '../tech-effect/dictionary/dictionary-writes';
import {
  addEffect,
  addPhrase,
  deleteEffect,
  mergeEffects,
  removePhrase,
  renameEffect,
} from '../tech-effect/dictionary/edits';
import { resolveFamily } from '../tech-effect/dictionary/resolve-family';

const PhraseQuery = PhraseInput.pick({ lang: true, phrase: true, who: true });
const TagDeleteQuery = WhoInput;

export function effectDictionaryRoutes(context: ServerContext) {
  const { db } = context;
  const answer = async (project: string) => {
    const dictionary = await readDictionary(db, project);
    if (!dictionary) throw notFound('project', project);
    return dictionary;
  };
  const edited = async (project: string, result: unknown) => {
    if (result === null) throw notFound('project', project);
    return answer(project);
  };
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const tags = ['tech-effect'];
    const reply = { 200: EffectDictionaryResponse };
    app.get(
      '/api/projects/:project/effect-dictionary',
      {
        schema: {
          tags,
          summary: 'The project’s effect dictionary (the shipped lexicon until its first edit) and hand tags',
          params: DictionaryParams,
          response: reply,
        },
      },
      async (request) => answer(request.params.project),
    );
    app.put(
      '/api/projects/:project/effect-dictionary',
      {
        schema: {
          tags,
          summary: 'Replace the dictionary and its hand tags with a file’s (import)',
          params: DictionaryParams,
          body: ImportDictionaryInput,
          response: reply,
        },
      },
      async (request) => {
        const { project } = request.params;
        const { who, ...file } = request.body;
        const ids = new Set(file.effects.map((e) => e.id));
        const stray = file.tags.find((tag) => !ids.has(tag.effect));
        if (stray)
          throw validationFailed(
            'tags',
            `a tag names effect ${stray.effect}, which the file does not define`,
          );
        return edited(project, await replaceDictionary(db, project, file, who));
      },
    );
    app.delete(
      '/api/projects/:project/effect-dictionary',
      {
        schema: {
          tags,
          summary: 'Back to the shipped lexicon: the project’s edits and hand tags are deleted',
          params: DictionaryParams,
          response: reply,
        },
      },
      async (request) => {
        await answer(request.params.project);
        await resetDictionary(db, request.params.project);
        return answer(request.params.project);
      },
    );
    app.post(
      '/api/projects/:project/effect-dictionary/effects',
      {
        schema: {
          tags,
          summary: 'Add an effect (zh and en name), without phrases yet',
          params: DictionaryParams,
          body: AddEffectInput,
          response: reply,
        },
      },
      async (request) => {
        const { project } = request.params;
        const { name, who } = request.body;
        return edited(
          project,
          await editDictionary(db, project, who, (effects) => addEffect(effects, name).effects),
        );
      },
    );
    app.patch(
      '/api/projects/:project/effect-dictionary/effects/:effect',
      {
        schema: {
          tags,
          summary: 'Rename an effect (zh and en); its id, phrases and tags stay',
          params: EffectParams,
          body: RenameEffectInput,
          response: reply,
        },
      },
      async (request) => {
        const { project, effect } = request.params;
        const { name, who } = request.body;
        return edited(
          project,
          await editDictionary(db, project, who, (effects) => renameEffect(effects, effect, name)),
        );
      },
    );
    app.delete(
      '/api/projects/:project/effect-dictionary/effects/:effect',
      {
        schema: {
          tags,
          summary: 'Delete an effect and its hand tags',
          params: EffectParams,
          querystring: WhoInput,
          response: reply,
        },
      },
      async (request) => {
        const { project, effect } = request.params;
        const change = (effects: Parameters<typeof deleteEffect>[0]) => deleteEffect(effects, effect);
        return edited(
          project,
          await editDictionary(db, project, request.query.who, change, deleteTagsOf(project, effect)),
        );
      },
    );
    app.post(
      '/api/projects/:project/effect-dictionary/effects/:effect/merge',
      {
        schema: {
          tags,
          summary: 'Merge this effect into another: its phrases and hand tags move there, the effect goes',
          params: EffectParams,
          body: MergeEffectInput,
          response: reply,
        },
      },
      async (request) => {
        const { project, effect } = request.params;
        const { into, who } = request.body;
        const change = (effects: Parameters<typeof mergeEffects>[0]) => mergeEffects(effects, effect, into);
        return edited(
          project,
          await editDictionary(db, project, who, change, moveTags(project, effect, into)),
        );
      },
    );
    app.post(
      '/api/projects/:project/effect-dictionary/effects/:effect/phrases',
      {
        schema: {
          tags,
          summary: 'Add a zh or en phrase (strict: counts in cells; loose: marks apparent gaps)',
          params: EffectParams,
          body: PhraseInput,
          response: reply,
        },
      },
      async (request) => {
        const { project, effect } = request.params;
        const { who, ...phrase } = request.body;
        return edited(
          project,
          await editDictionary(db, project, who, (effects) => addPhrase(effects, effect, phrase)),
        );
      },
    );
    app.delete(
      '/api/projects/:project/effect-dictionary/effects/:effect/phrases',
      {
        schema: {
          tags,
          summary: 'Remove a phrase from an effect',
          params: EffectParams,
          querystring: PhraseQuery,
          response: reply,
        },
      },
      async (request) => {
        const { project, effect } = request.params;
        const { lang, phrase, who } = request.query;
        return edited(
          project,
          await editDictionary(db, project, who, (effects) => removePhrase(effects, effect, lang, phrase)),
        );
      },
    );
    app.post(
      '/api/projects/:project/effect-dictionary/tags',
      {
        schema: {
          tags,
          summary:
            'Hand-tag a family (id or a member’s publication number) into an effect (add) or out of it (remove)',
          description:
            'Kept as an EffectTag of the project with who and when, keyed by family id, so re-ingest keeps it; the matrix counts the family for the effect (add) or not (remove) whatever its text says.',
          params: DictionaryParams,
          body: TagInput,
          response: reply,
        },
      },
      async (request) => {
        const { project } = request.params;
        const { effect, action, who } = request.body;
        const family = await resolveFamily(db, request.body.family);
        const check = (effects: Parameters<typeof renameEffect>[0]) => {
          if (!effects.some((e) => e.id === effect))
            throw validationFailed('effect', `no effect ${effect} in the dictionary`);
          return [...effects];
        };
        return edited(project, await writeTag(db, project, { effect, family, action, who }, check));
      },
    );
    app.delete(
      '/api/projects/:project/effect-dictionary/tags/:effect/:family',
      {
        schema: {
          tags,
          summary: 'Remove a hand tag (the text decides again)',
          params: TagParams,
          querystring: TagDeleteQuery,
          response: reply,
        },
      },
      async (request) => {
        const { project, effect, family } = request.params;
        await answer(project);
        if (!(await deleteTag(db, project, effect, family, request.query.who)))
          throw notFound('tag', `${effect}/${family}`);
        return answer(project);
      },
    );
  };
}
