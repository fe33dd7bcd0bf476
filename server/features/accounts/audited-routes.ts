/**
 * Which routes of other features are audit-logged, and as what. Kept here, next to the hook that
 * writes the entries, so the features themselves stay unaware of accounts; a route may instead
 * declare `config.audit` (server/platform/http/route-access.ts), which wins.
 * Keys are the method and the route's URL pattern as Fastify registered it.
 */
import type { AuditAction } from '@graph-schema/dto/accounts';

export const AUDITED_ROUTES: Readonly<Record<string, AuditAction>> = {
  'POST /api/ingest/uploads': 'upload',
  'DELETE /api/projects/:id': 'project.delete',
  'GET /api/projects/:id/export': 'export',
  'POST /api/projects/:id/reports': 'report.generate',
  'GET /api/reports/jobs/:jobId/files/:format': 'export',
  'POST /api/fto': 'fto.run',
};
