/**
 * Workspace isolation for every route under `/api/projects/:project/…` (branch review, rule
 * versions, effect dictionary, precision): one preHandler answers 404 for a project the request
 * may not see, before any feature reads or writes under it, so a new project-scoped route cannot
 * forget the check (test/api-isolation.int.test.ts calls every operation with another client's
 * project). Routes keyed `/api/projects/:id` read the project through readProject, which filters too.
 */
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@server/platform/db/read';
import { notFound } from '@server/platform/errors';
import { currentVisibility, visibleWorkspaceWhere } from '@server/platform/visibility/visibility';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';

const VisibleRow = z.object({ id: z.string() });

function projectParam(request: FastifyRequest): string | undefined {
  const params = request.params as Record<string, unknown> | undefined;
  return typeof params?.project === 'string' ? params.project : undefined;
}

export function registerProjectGuard(app: FastifyInstance, db: Database): void {
  app.addHook('preHandler', async (request) => {
    const project = projectParam(request);
    // Everything visible (admin, accounts off): the features' own 404 for a missing project stands.
    if (project === undefined || currentVisibility().workspaces === null) return;
    const visible = visibleWorkspaceWhere('p');
    const rows = await readRows(
      db,
      VisibleRow,
      `MATCH (p:Project {id: $id}) WHERE ${visible.where} RETURN p.id AS id`,
      {
        ...visible.params,
        id: project,
      },
    );
    if (rows.length === 0) throw notFound('project', project);
  });
}
