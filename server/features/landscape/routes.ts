/** The landscape (`/api/landscape` and `/api/landscape/*`): totals, trends, composition, geography, applicants, inventors, legal status. */

import { CoInventorNetworkQuery, CoInventorNetworkResponse } from '@graph-schema/dto/co-inventors';
import { LandscapeQuery, LandscapeResponse } from '@graph-schema/dto/landscape';
import {
  ApplicantsQuery,
  ApplicantsResponse,
  InventorsQuery,
  InventorsResponse,
  LegalQuery,
  LegalResponse,
} from '@graph-schema/dto/landscape-actors';
import {
  CompositionQuery,
  CompositionResponse,
  GeographyQuery,
  GeographyResponse,
  TrendsQuery,
  TrendsResponse,
} from '@graph-schema/dto/landscape-trends';
import type { ServerContext } from '@server/platform/context';
import { CACHED } from '@server/platform/http/response-cache';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { applicantLandscape } from './applicants';
import { coInventorNetwork } from './co-inventor-network';
import { composition } from './composition';
import { geography } from './geography';
import { inventorLandscape } from './inventors';
import { landscapeTablesOf } from './landscape-table';
import { legalLandscape } from './legal';
import { landscape } from './overview';
import { trends } from './trends';

export function landscapeRoutes(context: ServerContext) {
  const { db } = context;
  const tables = landscapeTablesOf(context);
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/landscape',
      {
        ...CACHED,
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
      '/api/landscape/trends',
      {
        ...CACHED,
        schema: {
          tags: ['landscape'],
          summary: 'Applications, grants and families per year; lifecycle stage',
          description:
            'Trends (申请趋势): per year on the date basis, applications (distinct application numbers), grants, families and applicants; the last 2 years are marked incomplete; lifecycle stage (萌芽/成长/成熟/衰退) from complete years with its evidence.',
          querystring: TrendsQuery,
          response: { 200: TrendsResponse },
        },
      },
      async (request) => trends(db, request.query, tables),
    );
    app.get(
      '/api/landscape/composition',
      {
        ...CACHED,
        schema: {
          tags: ['landscape'],
          summary: 'Technology composition: CPC/IPC at a level, chain branches, WIPO fields',
          description:
            'Technology composition (技术构成): families per classification code at the chosen level and scheme, per chain → segment → branch, and per WIPO technology field.',
          querystring: CompositionQuery,
          response: { 200: CompositionResponse },
        },
      },
      async (request) => composition(db, request.query, tables),
    );
    app.get(
      '/api/landscape/geography',
      {
        ...CACHED,
        schema: {
          tags: ['landscape'],
          summary: 'Origin country → filing office flows of families; PCT use',
          description:
            'Geography (地域分布): families by priority origin, by filing office, the origin → office matrix, and the share of families using PCT (a WO member).',
          querystring: GeographyQuery,
          response: { 200: GeographyResponse },
        },
      },
      async (request) => geography(db, request.query, tables),
    );
    app.get(
      '/api/landscape/applicants',
      {
        ...CACHED,
        schema: {
          tags: ['landscape'],
          summary: 'Applicant ranking, three tiers, CR4/HHI and the applicant × office matrix',
          description:
            'Applicants (申请人): ranking by families with publications, share, first/last year and 3-year growth; competitive tiers by cumulative share; CR4 and HHI with their reading; families per office for the top applicants.',
          querystring: ApplicantsQuery,
          response: { 200: ApplicantsResponse },
        },
      },
      async (request) => applicantLandscape(db, request.query, tables),
    );
    app.get(
      '/api/landscape/inventors',
      {
        ...CACHED,
        schema: {
          tags: ['landscape'],
          summary: 'Inventor ranking and co-inventor teams',
          description:
            'Inventors (发明人/人才): ranking by families with each inventor’s main applicant; teams = connected components of the co-inventor graph among the top inventors.',
          querystring: InventorsQuery,
          response: { 200: InventorsResponse },
        },
      },
      async (request) => inventorLandscape(db, request.query),
    );
    app.get(
      '/api/landscape/co-inventors',
      {
        ...CACHED,
        schema: {
          tags: ['landscape'],
          summary: 'Co-inventor network: top inventors, links weighted by co-invented families',
          description:
            'Co-inventor network (合作发明网络): the top `top` inventors by families in the scope with their first applicants; a link between two of them = families (exporter simple family where given, else earliest-priority family) both invented (≥ `minSharedFamilies`). Inventors left out are counted in `truncated` and `note`.',
          querystring: CoInventorNetworkQuery,
          response: { 200: CoInventorNetworkResponse },
        },
      },
      async (request) => coInventorNetwork(db, request.query),
    );
    app.get(
      '/api/landscape/legal',
      {
        ...CACHED,
        schema: {
          tags: ['landscape'],
          summary: 'Legal status breakdown and expiry windows',
          description:
            'Legal status (法律状态): families and publications per status with the raw source values; active publications expiring within 1, 3 and 5 years of `asOf` (default today) by expiryDate.',
          querystring: LegalQuery,
          response: { 200: LegalResponse },
        },
      },
      async (request) => legalLandscape(db, request.query, new Date().toISOString().slice(0, 10)),
    );
  };
}
