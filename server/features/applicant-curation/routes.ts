/**
 * Applicant curation (`/api/applicant-merges…`, issue 13): merge suggestions with their evidence,
 * the merge history, merging, undoing a merge and splitting one member off. Every write clears
 * the data caches, because every applicant count, ranking and map changes with it.
 */
import { randomUUID } from 'node:crypto';
import {
  MergeGroupParams,
  MergeInput,
  MergeResult,
  MergesResponse,
  SplitInput,
  SuggestionsQuery,
  SuggestionsResponse,
  UndoInput,
} from '@graph-schema/dto/applicant-curation';
import type { ServerContext } from '@server/platform/context';
import { notFound } from '@server/platform/errors';
import { CACHED } from '@server/platform/http/response-cache';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { checkMerge } from './merge-checks';
import { endMerge, keyStates, listMerges, writeMerge } from './merge-store';
import { suggestMerges } from './suggester';
import { curationEntities, familyFilings } from './suggestion-reads';

export function applicantCurationRoutes(context: ServerContext) {
  const { db, dataVersion } = context;
  const changed = async (group: string) => {
    await dataVersion.changed();
    return { group, merges: await listMerges(db) };
  };
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const tags = ['applicant-curation'];
    app.get(
      '/api/applicant-merges/suggestions',
      {
        ...CACHED,
        schema: {
          tags,
          summary: 'Applicant pairs that look like one party, each with its evidence',
          description:
            'Over the curated entities: the same key once connective words and spaces are dropped, word abbreviations, acronyms, and families filed under both names on different publications (romanised or translated names) but never together. The entity with more families is the suggested target.',
          querystring: SuggestionsQuery,
          response: { 200: SuggestionsResponse },
        },
      },
      async (request) => {
        const [entities, filings] = await Promise.all([curationEntities(db), familyFilings(db)]);
        const all = suggestMerges(entities, filings);
        return {
          entities: entities.length,
          total: all.length,
          suggestions: all.slice(0, request.query.limit),
        };
      },
    );
    app.get(
      '/api/applicant-merges',
      {
        schema: {
          tags,
          summary: 'Every applicant merge with who, when and why, undone ones included',
          response: { 200: MergesResponse },
        },
      },
      async () => ({ merges: await listMerges(db) }),
    );
    app.post(
      '/api/applicant-merges',
      {
        schema: {
          tags,
          summary: 'Merge applicants into one entity (recorded, reversible)',
          description:
            'The members join the target entity in every analysis; stored as ApplicantMerge records keyed by applicant keys, so re-ingest keeps them.',
          body: MergeInput,
          response: { 200: MergeResult },
        },
      },
      async (request) => {
        const input = request.body;
        const states = await keyStates(db, [input.into, ...input.members]);
        const intoName = checkMerge(input, states);
        const group = randomUUID();
        await writeMerge(db, { ...input, group, intoName });
        return changed(group);
      },
    );
    app.post(
      '/api/applicant-merges/:group/undo',
      {
        schema: {
          tags,
          summary: 'Undo a merge: every member that is still merged becomes its own entity again',
          params: MergeGroupParams,
          body: UndoInput,
          response: { 200: MergeResult },
        },
      },
      async (request) => {
        const { group } = request.params;
        const ended = await endMerge(db, group, request.body.who, null);
        if (ended.length === 0) throw notFound('active merge', group);
        return changed(group);
      },
    );
    app.post(
      '/api/applicant-merges/:group/split',
      {
        schema: {
          tags,
          summary: 'Split one member off a merge (the rest stay merged)',
          params: MergeGroupParams,
          body: SplitInput,
          response: { 200: MergeResult },
        },
      },
      async (request) => {
        const { group } = request.params;
        const ended = await endMerge(db, group, request.body.who, request.body.member);
        if (ended.length === 0) throw notFound('merged member', request.body.member);
        return changed(group);
      },
    );
  };
}
