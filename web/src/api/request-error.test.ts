import { describe, expect, it } from 'vitest';
import { RequestError, requestErrorFromAnswer } from './request-error';

describe('requestErrorFromAnswer', () => {
  it('keeps the API code, message and details', () => {
    const error = requestErrorFromAnswer(400, 'Bad Request', {
      code: 'VALIDATION_FAILED',
      message: 'cpc: expected a CPC prefix such as B64C or H01M10',
      details: [{ path: ['cpc'] }],
    });
    expect(error).toStrictEqual(
      new RequestError('VALIDATION_FAILED', 'cpc: expected a CPC prefix such as B64C or H01M10', 400, [
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
    const error = requestErrorFromAnswer(502, 'Bad Gateway', '<html>proxy error</html>');
    expect([error.code, error.message, error.status]).toStrictEqual([
      'HTTP_ERROR',
      'HTTP 502 Bad Gateway',
      502,
    ]);
  });

  it('treats a code outside the contract list as no API error body', () => {
    const error = requestErrorFromAnswer(413, 'Payload Too Large', {
      code: 'FST_REQ_FILE_TOO_LARGE',
      message: 'request file too large',
    });
    expect(error).toStrictEqual(new RequestError('HTTP_ERROR', 'HTTP 413 Payload Too Large', 413));
  });
});
