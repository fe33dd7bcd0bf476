import { FtoRequest } from '@graph-schema/dto/fto';
import { LandscapeQuery } from '@graph-schema/dto/landscape';
import Fastify from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { registerErrorHandler } from './error-handler';
import { coercedNumberKeys, strictValidatorCompiler } from './strict-numbers';

async function landscapeLike() {
  const app = Fastify({ logger: false });
  app.setValidatorCompiler(strictValidatorCompiler);
  registerErrorHandler(app);
  app
    .withTypeProvider<ZodTypeProvider>()
    .get('/q', { schema: { querystring: LandscapeQuery } }, async (request) => request.query);
  await app.ready();
  return app;
}

describe('strict query numbers (issue 14, item 8)', () => {
  it('finds the coerced number fields through extend, refinements and defaults', () => {
    expect(coercedNumberKeys(LandscapeQuery).sort()).toEqual(['from', 'to', 'top']);
  });

  it('refuses 0x10, " 5 ", "" 1e1, +5 and Infinity naming the field; reads plain decimals', async () => {
    const app = await landscapeLike();
    for (const bad of ['0x10', ' 5 ', '', '1e1', '+5', 'Infinity']) {
      const response = await app.inject({ url: '/q', query: { top: bad } });
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
      expect(response.json().details.issues[0].field).toBe('querystring.top');
    }
    const ok = await app.inject({ url: '/q', query: { top: '16', from: '2015' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ top: 16, from: 2015 });
    await app.close();
  });
});

describe('strict request dates', () => {
  const request = { description: 'a drone with a camera', jurisdictions: ['CN'] };
  it('refuses a day the calendar does not have (2023-02-31), keeps leap days', () => {
    expect(FtoRequest.safeParse({ ...request, asOf: '2023-02-31' }).success).toBe(false);
    expect(FtoRequest.safeParse({ ...request, asOf: '2023-13-01' }).success).toBe(false);
    expect(FtoRequest.safeParse({ ...request, asOf: '2024-02-29' }).success).toBe(true);
    expect(FtoRequest.safeParse({ ...request, asOf: '2023-02-28' }).success).toBe(true);
  });
});
