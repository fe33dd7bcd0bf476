/** `GET /api/health`: the server answers 503 with the same body when Neo4j is unreachable. */
import { HealthResponse } from '@graph-schema/dto/health';
import { requestJson } from './request';

export type Health = HealthResponse;

export function fetchHealth(signal?: AbortSignal): Promise<Health> {
  return requestJson('/api/health', HealthResponse, { signal, answerStatuses: [503] });
}
