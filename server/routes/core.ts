/** Health, landscape, the applicant–CPC map and patent details (the first vertical slice). */

import type { Database } from '@graph-schema/db/driver';
import { HealthResponse } from '@graph-schema/dto/health';
import { LandscapeQuery, LandscapeResponse } from '@graph-schema/dto/landscape';
import { MapData } from '@graph-schema/dto/map';
import { ApplicantCpcMapQuery } from '@graph-schema/dto/maps';
import { PatentDetail, PatentIdParams } from '@graph-schema/dto/patent';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../errors';
import { applicantCpcMap } from '../queries/applicant-cpc-map';
import { nodeCounts } from '../queries/health';
import { landscape } from '../queries/landscape';
import type { LandscapeTables } from '../queries/landscape-table';
import { patentById } from '../queries/patent';

export function coreRoutes(db: Database, tables?: LandscapeTables) {
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/health',
      {
        schema: {
          tags: ['system'],
          summary: 'Database reachability and node counts',
          response: { 200: HealthResponse, 503: HealthResponse },
        },
      },
      async (_request, reply) => {
        try {
          return {
            status: 'ok' as const,
            database: { reachable: true, uri: db.uri },
            ...(await nodeCounts(db)),
          };
        } catch (error) {
          reply.code(503).header('Retry-After', '5');
          return {
            status: 'unavailable' as const,
            database: { reachable: false, uri: db.uri, error: String((error as Error).message) },
            counts: {},
          };
        }
      },
    );
    app.get(
      '/api/landscape',
      {
        schema: {
          tags: ['landscape'],
          summary: 'Families per year, top applicants and CPC subclasses',
          querystring: LandscapeQuery,
          response: { 200: LandscapeResponse },
        },
      },
      async (request) => landscape(db, request.query, tables),
    );
    app.get(
      '/api/maps/applicant-cpc',
      {
        schema: {
          tags: ['maps'],
          summary: 'Applicant ↔ CPC subclass map',
          querystring: ApplicantCpcMapQuery,
          response: { 200: MapData },
        },
      },
      async (request) => applicantCpcMap(db, request.query),
    );
    app.get(
      '/api/patents/:id',
      {
        schema: {
          tags: ['patents'],
          summary: 'One patent with parties, classes and citation counts',
          params: PatentIdParams,
          response: { 200: PatentDetail },
        },
      },
      async (request) => {
        const patent = await patentById(db, request.params.id);
        if (!patent) throw notFound('patent', request.params.id);
        return patent;
      },
    );
  };
}
