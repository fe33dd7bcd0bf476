import { API_ERROR_CODES } from '@graph-schema/dto/error';
import { describe, expect, it } from 'vitest';
import { CLIENT_ERROR_CODES, RequestError } from '../api/request-error';
import { createTranslator } from '../i18n';
import { en } from '../i18n/en';
import { zh } from '../i18n/zh';
import { readableError, readableErrorLine } from './status';

const t = { en: createTranslator('en'), zh: createTranslator('zh') };

describe('readableError', () => {
  it('words every API and client code in both languages, zh not left in English', () => {
    for (const code of [...API_ERROR_CODES, ...CLIENT_ERROR_CODES]) {
      expect([
        code,
        en[`error.${code}`].length > 0,
        zh[`error.${code}`] !== en[`error.${code}`],
      ]).toStrictEqual([code, true, true]);
    }
  });

  it('gives the coded sentence with the server message as detail and code · status as reference', () => {
    const error = new RequestError(
      'DATABASE_UNAVAILABLE',
      'The graph database is not reachable right now',
      503,
    );
    expect(readableError(error, t.zh)).toStrictEqual({
      message: '暂时无法连接图数据库，请几秒后重试。',
      detail: 'The graph database is not reachable right now',
      reference: 'DATABASE_UNAVAILABLE · HTTP 503',
    });
    // One line: the coded sentence alone, so the server's English never reaches the zh page.
    expect(readableErrorLine(error, t.en)).toBe(
      'The graph database is not reachable right now. Try again in a few seconds.',
    );
    expect(readableErrorLine(error, t.zh)).toBe('暂时无法连接图数据库，请几秒后重试。');
  });

  it('names the rejected fields on one line, and keeps the status line only for a failure without a code', () => {
    const invalid = new RequestError('VALIDATION_FAILED', 'name: must not be empty', 400, {
      issues: [{ field: 'name', message: 'must not be empty' }, { field: 'chain' }, { field: 'name' }],
    });
    expect(readableErrorLine(invalid, t.zh)).toBe('服务器未接受本次请求的参数。请检查：name, chain。');
    expect(readableErrorLine(new RequestError('CONFLICT', 'project p1 exists', 409), t.en)).toBe(
      en['error.CONFLICT'],
    );
    expect(readableErrorLine(new RequestError('HTTP_ERROR', 'HTTP 502 Bad Gateway', 502), t.zh)).toBe(
      '服务器返回了错误。（HTTP 502 Bad Gateway）',
    );
  });

  it('keeps the browser and zod texts of client failures out of the page', () => {
    expect(
      readableError(new RequestError('NETWORK', 'TypeError: Failed to fetch', undefined), t.en),
    ).toStrictEqual({
      message: 'The server could not be reached. Is the PatNav API running?',
      reference: 'NETWORK',
    });
    expect(readableError(new RequestError('BAD_RESPONSE', '[{"path":["nodes"]}]', 200), t.zh)).toStrictEqual({
      message: '服务器返回的数据格式不符合预期。',
      reference: 'BAD_RESPONSE · HTTP 200',
    });
    expect(readableError(new RequestError('HTTP_ERROR', 'HTTP 502 Bad Gateway', 502), t.en)).toStrictEqual({
      message: 'The server answered with an error.',
      detail: 'HTTP 502 Bad Gateway',
      reference: 'HTTP_ERROR · HTTP 502',
    });
  });

  it('passes any other failure through as it is', () => {
    expect(readableError(new Error('chunk failed to load'), t.zh)).toStrictEqual({
      message: 'chunk failed to load',
    });
  });
});
