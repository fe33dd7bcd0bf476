import { z } from 'zod';

export const PatentIdParams = z.object({
  id: z
    .string()
    .trim()
    .min(3)
    .max(40)
    .transform((s) => s.replace(/[\s\-./]/g, '').toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{2}[0-9A-Z]+$/, 'expected a publication number such as CN112345678A')),
});

const Named = z.object({ key: z.string(), name: z.string() });

export const PatentDetail = z.object({
  id: z.string(),
  external: z.boolean(),
  jurisdiction: z.string().nullable(),
  kind: z.string().nullable(),
  type: z.string().nullable(),
  title: z.object({ zh: z.string().nullable(), en: z.string().nullable() }),
  abstract: z.object({ zh: z.string().nullable(), en: z.string().nullable() }),
  publicationDate: z.string().nullable(),
  applicationDate: z.string().nullable(),
  priorityDate: z.string().nullable(),
  expiryDate: z.string().nullable(),
  expiryBasis: z.string().nullable(),
  legalStatus: z.string().nullable(),
  legalStatusRaw: z.string().nullable(),
  familyId: z.string().nullable(),
  applicants: z.array(Named),
  owners: z.array(Named),
  inventors: z.array(Named),
  cpc: z.array(z.string()),
  ipc: z.array(z.string()),
  claim1: z.string().nullable(),
  claimsCount: z.number().nullable(),
  citations: z.number().int().describe('backward: publications this patent cites'),
  citedBy: z.number().int().describe('forward: publications in the graph citing this patent'),
  branches: z.array(z.object({ id: z.string(), name: z.string(), rule: z.string().nullable() })),
  source: z.object({
    file: z.string().nullable(),
    line: z.number().nullable(),
    format: z.string().nullable(),
  }),
});
export type PatentDetail = z.infer<typeof PatentDetail>;
