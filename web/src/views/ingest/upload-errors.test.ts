import { RequestError } from '@web/src/api/request-error';
import { createTranslator } from '@web/src/i18n';
import { describe, expect, it } from 'vitest';
import { uploadErrorMessage } from './upload-errors';

const t = createTranslator('en');
const zhT = createTranslator('zh');

describe('uploadErrorMessage', () => {
  it('explains a file that is too large or in an unknown format in the UI language, without the server text', () => {
    const tooLarge = new RequestError('PAYLOAD_TOO_LARGE', 'request file too large', 413);
    expect(uploadErrorMessage(tooLarge, t)).toBe('The file is too large for this server.');
    const refusedByProxy = new RequestError('HTTP_ERROR', 'HTTP 413 Payload Too Large', 413);
    expect(uploadErrorMessage(refusedByProxy, t)).toBe('The file is too large for this server.');
    const unknown = new RequestError('UNSUPPORTED_FORMAT', 'x.pdf: no reader recognises this file', 415);
    expect(uploadErrorMessage(unknown, t)).toBe(
      'This file format is not supported: upload an export in one of the formats listed on this page.',
    );
    expect(uploadErrorMessage(tooLarge, zhT)).toBe('文件超过此服务器允许的大小。');
    expect(uploadErrorMessage(unknown, zhT)).toBe('不支持该文件格式：请上传本页所列格式之一的导出文件。');
  });

  it('says when uploads are switched off and words other codes by the code, naming rejected fields', () => {
    expect(uploadErrorMessage(new RequestError('NOT_FOUND', 'no route', 404), t)).toBe(
      'Uploads are switched off on this server.',
    );
    // The server's catalogue sends `details.issues[].field` with VALIDATION_FAILED (server/platform/errors.ts).
    const rejected = new RequestError('VALIDATION_FAILED', 'file: no file in the upload', 400, {
      issues: [{ field: 'file', message: 'no file in the upload' }],
    });
    expect(uploadErrorMessage(rejected, t)).toBe(
      'The server did not accept the parameters of this request. Check: file.',
    );
    expect(uploadErrorMessage(rejected, zhT)).toBe('服务器未接受本次请求的参数。请检查：file。');
    const internal = new RequestError('INTERNAL', 'Neo.ClientError.Statement.SyntaxError at /work/x', 500);
    expect(uploadErrorMessage(internal, zhT)).toBe('服务器发生内部错误。');
    expect(uploadErrorMessage(new RequestError('NETWORK', 'TypeError: Failed to fetch', undefined), t)).toBe(
      'The server could not be reached. Is the PatNav API running?',
    );
    expect(uploadErrorMessage(new Error('boom'), t)).toBe('boom');
  });
});
