/**
 * The topic map endpoints (server/features/maps/topic-*.ts). The map is computed in the background:
 * until it is ready the API answers 202 with the job state, so `fetchTopicMap` polls (as the
 * server's retry-after says) and reports the elapsed time to the caller.
 */
import {
  TopicMapJob,
  TopicMapQuery,
  type TopicMapReady,
  TopicMapReady as TopicMapReadySchema,
  TopicPeakQuery,
  TopicPeakResponse,
} from '@graph-schema/dto/topic-map';
import { apiUrl } from '@web/src/api/query';
import { requestJson } from '@web/src/api/request';
import type { Filters } from '@web/src/scope/filters';
import { z } from 'zod';

const TopicMapAnswer = z.union([TopicMapReadySchema, TopicMapJob]);

function wait(seconds: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, seconds * 1000);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

export async function fetchTopicMap(
  filters: Filters,
  applicant: string | undefined,
  signal: AbortSignal,
  onComputing: (elapsedS: number) => void,
): Promise<TopicMapReady> {
  const url = apiUrl('/api/maps/topic', TopicMapQuery, { applicant }, filters);
  for (;;) {
    const answer = await requestJson(url, TopicMapAnswer, { signal });
    if (answer.state === 'ready') return answer;
    if (answer.state === 'failed') throw new Error('topic map failed');
    onComputing(answer.elapsedS);
    await wait(answer.retryAfterS, signal);
  }
}

export function fetchTopicPeak(
  filters: Filters,
  peak: number,
  offset: number,
  signal: AbortSignal,
): Promise<TopicPeakResponse> {
  const url = apiUrl('/api/maps/topic/peak', TopicPeakQuery, { peak, offset, limit: 50 }, filters);
  return requestJson(url, TopicPeakResponse, { signal });
}
