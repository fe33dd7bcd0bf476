import { RequestError } from '@web/src/api/request-error';
import { createTranslator } from '@web/src/i18n';
import { describe, expect, it } from 'vitest';
import { uploadErrorMessage } from './upload-errors';

const t = createTranslator('en');

describe('uploadErrorMessage', () => {
  it('explains a file that is too large or in an unknown format, keeping the server detail', () => {
    const tooLarge = new RequestError('PAYLOAD_TOO_LARGE', 'request file too large', 413);
    expect(uploadErrorMessage(tooLarge, t)).toBe(
      'The file is too large for this server: request file too large',
    );
    const refusedByProxy = new RequestError('HTTP_ERROR', 'HTTP 413 Payload Too Large', 413);
    expect(uploadErrorMessage(refusedByProxy, t)).toBe(
      'The file is too large for this server: HTTP 413 Payload Too Large',
    );
    const unknown = new RequestError('UNSUPPORTED_FORMAT', 'x.pdf: no reader recognises this file', 415);
    expect(uploadErrorMessage(unknown, t)).toBe(
      'This file format is not supported: x.pdf: no reader recognises this file',
    );
    expect(createTranslator('zh')('ingest.tooLarge', { message: 'm' })).toBe('文件超过此服务器允许的大小：m');
  });

  it('says when uploads are switched off and words other codes with the server message as detail', () => {
    expect(uploadErrorMessage(new RequestError('NOT_FOUND', 'no route', 404), t)).toBe(
      'Uploads are switched off on this server.',
    );
    const rejected = new RequestError('VALIDATION_FAILED', 'file: no file in the upload', 400);
    expect(uploadErrorMessage(rejected, t)).toBe(
      'The server did not accept the parameters of this request. (file: no file in the upload)',
    );
    expect(uploadErrorMessage(rejected, createTranslator('zh'))).toBe(
      '服务器未接受本次请求的参数。（file: no file in the upload）',
    );
    expect(uploadErrorMessage(new RequestError('NETWORK', 'TypeError: Failed to fetch', undefined), t)).toBe(
      'The server could not be reached. Is the PatNav API running?',
    );
    expect(uploadErrorMessage(new Error('boom'), t)).toBe('boom');
  });
});
