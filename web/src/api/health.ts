/** `GET /api/health`: the server answers 503 with the same body when Neo4j is unreachable. */
import { HealthResponse } from '@graph-schema/dto/health';
import { getJson } from './client';

export type Health = HealthResponse;

export function fetchHealth(signal?: AbortSignal): Promise<Health> {
  return getJson('/api/health', HealthResponse, { signal, answerStatuses: [503] });
}
