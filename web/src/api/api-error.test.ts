import { describe, expect, it } from 'vitest';
import { ApiError, apiErrorFromBody } from './api-error';

describe('apiErrorFromBody', () => {
  it('keeps the API code, message and details', () => {
    const error = apiErrorFromBody(400, 'Bad Request', {
      code: 'VALIDATION_FAILED',
      message: 'cpc: expected a CPC prefix such as B64C or H01M10',
      details: [{ path: ['cpc'] }],
    });
    expect(error).toStrictEqual(
      new ApiError('VALIDATION_FAILED', 'cpc: expected a CPC prefix such as B64C or H01M10', 400, [
        { path: ['cpc'] },
      ]),
    );
    expect([error.code, error.status, error.details]).toStrictEqual([
      'VALIDATION_FAILED',
      400,
      [{ path: ['cpc'] }],
    ]);
  });

  it('falls back to the status line for a body that is not an API error', () => {
    const error = apiErrorFromBody(502, 'Bad Gateway', '<html>proxy error</html>');
    expect([error.code, error.message, error.status]).toStrictEqual([
      'HTTP_ERROR',
      'HTTP 502 Bad Gateway',
      502,
    ]);
  });
});
