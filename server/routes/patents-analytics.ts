/** Whole-graph analytics served from cached snapshots: core patents, main path, fence, FTO, citation map. */

import { CitationMapQuery } from '@graph-schema/dto/citation-map';
import { CorePatentsQuery, CorePatentsResponse } from '@graph-schema/dto/core-patents';
import { FenceQuery, FenceResponse } from '@graph-schema/dto/fence';
import { FtoRequest, FtoResponse } from '@graph-schema/dto/fto';
import { MapData } from '@graph-schema/dto/map';
import { PatentIdParams } from '@graph-schema/dto/patent';
import { MainPathQuery, MainPathResponse } from '@graph-schema/dto/routes';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { citationMap } from '../navigation/citation-map';
import { corePatentsPage } from '../navigation/core-patents';
import { fenceAround } from '../navigation/fence';
import { screenProduct } from '../navigation/fto';
import { mainPathMap } from '../navigation/main-path-map';
import type { NavigationService } from '../navigation/service';

export function patentsAnalyticsRoutes(navigation: NavigationService) {
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/core-patents',
      {
        schema: {
          tags: ['core patents'],
          summary: 'Families ranked by an explainable composite core-patent score',
          querystring: CorePatentsQuery,
          response: { 200: CorePatentsResponse },
        },
      },
      async (request) => corePatentsPage(await navigation.snapshot(request.query), request.query),
    );
    app.get(
      '/api/routes/main-path',
      {
        schema: {
          tags: ['core patents'],
          summary: 'Technology route: SPC main path of the scope’s citation DAG, time-ordered',
          querystring: MainPathQuery,
          response: { 200: MainPathResponse },
        },
      },
      async (request) => mainPathMap(await navigation.snapshot(request.query), request.query),
    );
    app.get(
      '/api/maps/citations',
      {
        schema: {
          tags: ['maps'],
          summary: 'Citation map of the top families by core score',
          querystring: CitationMapQuery,
          response: { 200: MapData },
        },
      },
      async (request) => citationMap(await navigation.snapshot(request.query), request.query),
    );
    app.get(
      '/api/patents/:id/fence',
      {
        schema: {
          tags: ['core patents'],
          summary: 'Peripheral patents around a core patent: own vs hostile fence, layout mode, expiry',
          params: PatentIdParams,
          querystring: FenceQuery,
          response: { 200: FenceResponse },
        },
      },
      async (request) => fenceAround(navigation.database, request.params.id, request.query),
    );
    app.post(
      '/api/fto',
      {
        schema: {
          tags: ['risk'],
          summary:
            'Infringement-risk screening (FTO) of a product description: a screening, not a legal opinion',
          body: FtoRequest,
          response: { 200: FtoResponse },
        },
      },
      async (request) =>
        screenProduct(
          navigation.database,
          await navigation.ftoIndex(request.body.jurisdictions),
          request.body,
        ),
    );
  };
}
