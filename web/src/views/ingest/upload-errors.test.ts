import { ApiError } from '@web/src/api/api-error';
import { createTranslator } from '@web/src/i18n';
import { describe, expect, it } from 'vitest';
import { uploadErrorMessage } from './upload-errors';

const t = createTranslator('en');

describe('uploadErrorMessage', () => {
  it('explains a file that is too large or in an unknown format, keeping the server detail', () => {
    const tooLarge = new ApiError('FST_REQ_FILE_TOO_LARGE', 'request file too large', 413);
    expect(uploadErrorMessage(tooLarge, t)).toBe(
      'The file is too large for this server: request file too large',
    );
    const unknown = new ApiError('UNSUPPORTED_FORMAT', 'x.pdf: no reader recognises this file', 415);
    expect(uploadErrorMessage(unknown, t)).toBe(
      'This file format is not supported: x.pdf: no reader recognises this file',
    );
    expect(createTranslator('zh')('ingest.tooLarge', { message: 'm' })).toBe('文件超过此服务器允许的大小：m');
  });

  it('says when uploads are switched off and passes other messages through', () => {
    expect(uploadErrorMessage(new ApiError('NOT_FOUND', 'no route', 404), t)).toBe(
      'Uploads are switched off on this server.',
    );
    expect(uploadErrorMessage(new ApiError('VALIDATION_FAILED', 'file: no file in the upload', 400), t)).toBe(
      'file: no file in the upload',
    );
    expect(uploadErrorMessage(new Error('boom'), t)).toBe('boom');
  });
});
