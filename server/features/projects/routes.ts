/**
 * Navigation projects: create, edit, list, duplicate, delete (with the project name as
 * confirmation), export as one JSON file and import it. Projects feed no cached navigation answer,
 * so their writes leave the DataVersion alone (docs/decisions/2026-12-04-projects.md).
 */
import { randomUUID } from 'node:crypto';
import {
  DeleteConfirmation,
  DeleteResult,
  ImportQuery,
  ImportResult,
  Project,
  ProjectDefinition,
  ProjectFile,
  ProjectId,
  ProjectIdParams,
  ProjectSummary,
  WorkspaceChoice,
} from '@graph-schema/dto/project';
import { Pin, PinInput, PinPatch } from '@graph-schema/dto/report';
import type { ServerContext } from '@server/platform/context';
import { conflict, notFound } from '@server/platform/errors';
import { DEFAULT_WORKSPACE } from '@server/platform/visibility/visibility';
import { chooseWorkspace } from '@server/platform/visibility/workspace-choice';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { effectDictionaryPart, importEffectDictionary } from '../tech-effect/dictionary/project-file';
import { listPins } from './pins-reads';
import { createPin, deletePin, updatePin } from './pins-writes';
import { listProjects, projectIdTaken, readProject } from './project-reads';
import { copyName, deleteNote, requireConfirmation } from './project-rules';
import {
  createProject,
  deleteProject,
  duplicateProject,
  importProject,
  updateProject,
} from './project-writes';
import { readReviewForExport } from './review-transfer';

const tags = ['projects'];
const PinParams = z.object({ id: ProjectId, pinId: z.uuid() });

export function projectRoutes(context: ServerContext) {
  const { db } = context;
  const mustRead = async (id: string) => {
    const project = await readProject(db, id);
    if (!project) throw notFound('project', id);
    return project;
  };
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    // Every route naming a project: 404 unless it is in one of the request's workspaces
    // (readProject filters by platform/visibility), before any write touches it.
    instance.addHook('preHandler', async (request) => {
      const { id } = (request.params ?? {}) as { id?: string };
      if (id !== undefined) await mustRead(id);
    });
    app.get(
      '/api/projects',
      {
        schema: {
          tags,
          summary: 'Every navigation project, by name',
          response: { 200: z.array(ProjectSummary) },
        },
      },
      async () => listProjects(db),
    );
    app.post(
      '/api/projects',
      {
        schema: {
          tags,
          summary:
            'Create a project in a client workspace (?workspace=, default: "default" when you may see it, else your first); the server gives it a UUID',
          querystring: WorkspaceChoice,
          body: ProjectDefinition,
          response: { 201: Project },
        },
      },
      async (request, reply) => {
        const id = randomUUID();
        await createProject(db, id, request.body, await chooseWorkspace(db, request.query.workspace));
        return reply.code(201).send(await mustRead(id));
      },
    );
    app.get(
      '/api/projects/:id',
      {
        schema: {
          tags,
          summary: 'One project with the datasets loaded for it',
          params: ProjectIdParams,
          response: { 200: Project },
        },
      },
      async (request) => mustRead(request.params.id),
    );
    app.put(
      '/api/projects/:id',
      {
        schema: {
          tags,
          summary: "Replace a project's definition",
          params: ProjectIdParams,
          body: ProjectDefinition,
          response: { 200: Project },
        },
      },
      async (request) => {
        if (!(await updateProject(db, request.params.id, request.body)))
          throw notFound('project', request.params.id);
        return mustRead(request.params.id);
      },
    );
    app.delete(
      '/api/projects/:id',
      {
        schema: {
          tags,
          summary:
            'Delete a project and its dataset links (never patents or dataset records); confirm with ?confirm=<project name> or {"confirm": "<name>"}, else 409',
          params: ProjectIdParams,
          querystring: DeleteConfirmation,
          body: DeleteConfirmation.nullish(),
          response: { 200: DeleteResult },
        },
      },
      async (request) => {
        const { id } = request.params;
        const project = await mustRead(id);
        requireConfirmation(project, request.query.confirm ?? request.body?.confirm);
        const deleted = await deleteProject(db, id);
        if (!deleted) throw notFound('project', id);
        const { datasetLinks, datasets, sharedWithProjects } = deleted;
        return {
          deleted: { project: id, datasetLinks },
          kept: { datasets, sharedWithProjects, note: deleteNote(datasetLinks) },
        };
      },
    );
    app.post(
      '/api/projects/:id/duplicate',
      {
        schema: {
          tags,
          summary: 'Copy a project under a new id and "<name> (copy)", linked to the same datasets',
          params: ProjectIdParams,
          response: { 201: Project },
        },
      },
      async (request, reply) => {
        const source = await mustRead(request.params.id);
        const id = randomUUID();
        await duplicateProject(
          db,
          source.id,
          id,
          { ...source.definition, name: copyName(source.definition.name) },
          source.workspace ?? DEFAULT_WORKSPACE,
        );
        return reply.code(201).send(await mustRead(id));
      },
    );
    app.get(
      '/api/projects/:id/export',
      {
        schema: {
          tags,
          summary:
            'The project as one JSON file (Content-Disposition: attachment), importable with POST /api/projects/import',
          params: ProjectIdParams,
          response: { 200: ProjectFile },
        },
      },
      async (request, reply) => {
        const { id, definition, datasets } = await mustRead(request.params.id);
        const pins = (await listPins(db, id)).map(({ project: _, ...pin }) => pin);
        const branchReview = await readReviewForExport(db, id);
        reply.header('content-disposition', `attachment; filename="patnav-project-${id}.json"`);
        return {
          schemaVersion: 1 as const,
          kind: 'patnav-project' as const,
          exportedAt: new Date().toISOString(),
          id,
          definition,
          datasets,
          // A project without pins exports the same file as before pins existed.
          ...(pins.length > 0 ? { pins } : {}),
          ...(branchReview ? { branchReview } : {}),
          ...(await effectDictionaryPart(db, id)),
        };
      },
    );
    app.post(
      '/api/projects/import',
      {
        schema: {
          tags,
          summary:
            "Import an exported project file. The file's id is kept; if it exists here: onConflict=fail (default, 409), copy (a new id) or replace",
          querystring: ImportQuery,
          body: ProjectFile,
          response: { 201: ImportResult },
        },
      },
      async (request, reply) => {
        const file = request.body;
        const { onConflict } = request.query;
        const workspace = await chooseWorkspace(db, request.query.workspace);
        const exists = await projectIdTaken(db, file.id);
        // Another client's project is never replaced: its id is only "taken" (copy still works).
        const ownsExisting = exists && (await readProject(db, file.id)) !== null;
        if (exists && (onConflict === 'fail' || (onConflict === 'replace' && !ownsExisting))) {
          throw conflict(
            'idExists',
            `project ${JSON.stringify(file.id)} already exists; import with onConflict=copy or replace`,
            {
              project: file.id,
              rule: 'onConflict=fail',
            },
          );
        }
        const id = exists && onConflict === 'copy' ? randomUUID() : file.id;
        const datasets = await importProject(
          db,
          id,
          {
            definition: file.definition,
            datasets: file.datasets,
            pins: file.pins ?? [],
            branchReview: file.branchReview,
          },
          {
            replace: exists && onConflict === 'replace',
            freshPinIds: exists && onConflict === 'copy',
            workspace,
          },
        );
        await importEffectDictionary(db, id, file.effectDictionary, exists && onConflict === 'replace');
        // Project-scoped branch counts change with the imported (or replaced) overrides.
        if (file.branchReview || exists) await context.dataVersion.changed();
        return reply.code(201).send({
          project: await mustRead(id),
          replacedId: id === file.id ? null : file.id,
          datasetsPresent: datasets.present,
          datasetsRecordedOnly: datasets.recordedOnly,
        });
      },
    );
    pinRoutes(instance, context, mustRead);
  };
}

/** Report pins of a project (graph-schema/dto/report.ts): list in report order, add, edit or move, remove. */
function pinRoutes(
  instance: FastifyInstance,
  { db }: ServerContext,
  mustRead: (id: string) => Promise<unknown>,
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const pinTags = ['projects', 'reports'];
  const notFoundPin = (pinId: string) => notFound('pin', pinId);
  app.get(
    '/api/projects/:id/pins',
    {
      schema: {
        tags: pinTags,
        summary: 'The pins of a project in report order: by chapter (REPORT_CHAPTER_IDS), then position',
        params: ProjectIdParams,
        response: { 200: z.array(Pin) },
      },
    },
    async (request) => {
      await mustRead(request.params.id);
      return listPins(db, request.params.id);
    },
  );
  app.post(
    '/api/projects/:id/pins',
    {
      schema: {
        tags: pinTags,
        summary: 'Pin a view to a chapter of the report; it goes to the end of that chapter',
        params: ProjectIdParams,
        body: PinInput,
        response: { 201: Pin },
      },
    },
    async (request, reply) => {
      const pin = await createPin(db, request.params.id, request.body);
      if (!pin) throw notFound('project', request.params.id);
      return reply.code(201).send(pin);
    },
  );
  app.patch(
    '/api/projects/:id/pins/:pinId',
    {
      schema: {
        tags: pinTags,
        summary:
          "Edit a pin's comment or move it (chapter, position); the chapters' pins are renumbered 0..n-1",
        params: PinParams,
        body: PinPatch,
        response: { 200: Pin },
      },
    },
    async (request) => {
      const { id, pinId } = request.params;
      await mustRead(id);
      const pin = await updatePin(db, id, pinId, request.body);
      if (!pin) throw notFoundPin(pinId);
      return pin;
    },
  );
  app.delete(
    '/api/projects/:id/pins/:pinId',
    {
      schema: { tags: pinTags, summary: 'Remove a pin', params: PinParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const { id, pinId } = request.params;
      await mustRead(id);
      if (!(await deletePin(db, id, pinId))) throw notFoundPin(pinId);
      return reply.code(204).send(null);
    },
  );
}
