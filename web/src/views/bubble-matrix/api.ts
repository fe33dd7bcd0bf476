/** The bubble matrix endpoints (server/features/maps/bubble-*.ts), typed by their graph-schema contract. */
import {
  BubbleMatrixCellQuery,
  BubbleMatrixCellResponse,
  BubbleMatrixQuery,
  BubbleMatrixResponse,
} from '@graph-schema/dto/bubble-matrix';
import { apiUrl } from '@web/src/api/query';
import { requestJson } from '@web/src/api/request';
import type { Filters } from '@web/src/scope/filters';
import type { BubbleParams } from './params';

export function fetchBubbleMatrix(
  filters: Filters,
  params: BubbleParams,
  signal: AbortSignal,
): Promise<BubbleMatrixResponse> {
  const url = apiUrl(
    '/api/maps/bubble-matrix',
    BubbleMatrixQuery,
    { axis: params.axis, level: params.level },
    filters,
  );
  return requestJson(url, BubbleMatrixResponse, { signal });
}

export function fetchBubbleCell(
  filters: Filters,
  params: BubbleParams,
  cell: { applicant: string; column: string },
  signal: AbortSignal,
): Promise<BubbleMatrixCellResponse> {
  const query = { axis: params.axis, level: params.level, ...cell };
  const url = apiUrl('/api/maps/bubble-matrix/cell', BubbleMatrixCellQuery, query, filters);
  return requestJson(url, BubbleMatrixCellResponse, { signal });
}
