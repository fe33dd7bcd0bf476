/**
 * Class titles through the API on the demo corpus: the titles endpoint (longest prefix, bounds,
 * 400 naming the field), and the titles on composition rows and applicant–CPC map nodes, checked
 * against the shipped table read here on its own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { ClassTitlesResponse, MAX_TITLE_CODES } from '@graph-schema/dto/class-titles';
import { CompositionResponse } from '@graph-schema/dto/landscape-trends';
import { MapData } from '@graph-schema/dto/map';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useDemoApp } from './helpers/app';
import { REPO_ROOT } from './shared-fixtures';

/** symbol → title, straight from the shipped files (not through the server's loader). */
function shippedTitles(): Map<string, string> {
  const titles = new Map<string, string>();
  for (const file of ['ipc-titles.tsv', 'cpc-y-titles.tsv']) {
    const text = readFileSync(path.join(REPO_ROOT, 'ingest/chains/reference', file), 'utf8');
    for (const line of text.trim().split('\n').slice(1)) {
      const [symbol, , title] = line.split('\t');
      titles.set(symbol!, title!);
    }
  }
  return titles;
}

const CodesRow = z.object({ codes: z.array(z.string()) });

describe('class titles on the demo corpus', () => {
  let db: Database;
  let app: FastifyInstance;
  const shipped = shippedTitles();
  useDemoApp((demo) => {
    ({ db, app } = demo);
  });

  const titles = async (codes: readonly string[]) => {
    const response = await app.inject(`/api/classes/titles?codes=${encodeURIComponent(codes.join(','))}`);
    expect(response.statusCode).toBe(200);
    return ClassTitlesResponse.parse(response.json());
  };

  it('GET /api/classes/titles resolves each code by longest prefix, in the order asked', async () => {
    const body = await titles(['H01M', 'H01M4/38', 'H01M 10/0525', 'H01M2300/0068', 'Y02T10/70', 'Q99Z']);
    expect(body.titles).toEqual([
      { code: 'H01M', matched: 'H01M', level: 'subclass', title: shipped.get('H01M'), titleZh: null },
      { code: 'H01M4/38', matched: 'H01M4/00', level: 'main_group', title: 'Electrodes', titleZh: null },
      {
        code: 'H01M 10/0525',
        matched: 'H01M10/00',
        level: 'main_group',
        title: 'Secondary cells; Manufacture thereof',
        titleZh: null,
      },
      {
        code: 'H01M2300/0068',
        matched: 'H01M',
        level: 'subclass',
        title: shipped.get('H01M'),
        titleZh: null,
      },
      { code: 'Y02T10/70', matched: 'Y02T', level: 'subclass', title: shipped.get('Y02T'), titleZh: null },
      { code: 'Q99Z', matched: null, level: null, title: null, titleZh: null },
    ]);
    expect(shipped.get('H01M')).toBe(
      'PROCESSES OR MEANS, e.g. BATTERIES, FOR THE DIRECT CONVERSION OF CHEMICAL ENERGY INTO ELECTRICAL ENERGY',
    );
    expect(body.source.files).toEqual([
      'ingest/chains/reference/ipc-titles.tsv',
      'ingest/chains/reference/cpc-y-titles.tsv',
    ]);
    const perLevel = { section: 0, class: 0, subclass: 0, main_group: 0 };
    for (const symbol of shipped.keys()) {
      const level =
        symbol.length === 1
          ? 'section'
          : symbol.length === 3
            ? 'class'
            : symbol.length === 4
              ? 'subclass'
              : 'main_group';
      perLevel[level]++;
    }
    expect(body.source.counts).toEqual(perLevel);
  });

  it('rejects a missing, empty or too long code list with a 400 naming codes', async () => {
    for (const url of [
      '/api/classes/titles',
      '/api/classes/titles?codes=',
      `/api/classes/titles?codes=${Array.from({ length: MAX_TITLE_CODES + 1 }, (_, i) => `H01M${i}/00`).join(',')}`,
    ]) {
      const response = await app.inject(url);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: expect.stringMatching(/^querystring\.codes: /),
      });
    }
  });

  it('every CPC subclass of the demo corpus has a title', async () => {
    const [row] = await readRows(
      db,
      CodesRow,
      `MATCH (p:Patent) WHERE p.external = false UNWIND coalesce(p.cpcSubclasses, []) AS code
       WITH DISTINCT code ORDER BY code RETURN collect(code) AS codes`,
    );
    const codes = row!.codes;
    expect(codes.length).toBeGreaterThan(5);
    const body = await titles(codes);
    expect(body.titles.filter((t) => t.title === null).map((t) => t.code)).toEqual([]);
    for (const entry of body.titles) expect(entry.title).toBe(shipped.get(entry.matched!));
  });

  it('composition rows carry the title of their code at every level', async () => {
    for (const level of ['section', 'class', 'subclass', 'main_group']) {
      const response = await app.inject(`/api/landscape/composition?level=${level}&top=50`);
      const body = CompositionResponse.parse(response.json());
      expect(body.classes.length).toBeGreaterThan(0);
      const expected = await titles(body.classes.map((c) => c.code));
      expect(body.classes.map((c) => [c.code, c.title])).toEqual(
        expected.titles.map((t) => [t.code, t.title]),
      );
    }
  });

  it('applicant–CPC map class nodes carry their title in details', async () => {
    const map = MapData.parse(
      (await app.inject('/api/maps/applicant-cpc?topApplicants=5&topClasses=6')).json(),
    );
    const classes = map.nodes.filter((n) => n.kind === 'cpc');
    expect(classes).toHaveLength(6);
    const expected = await titles(classes.map((n) => n.label));
    expect(classes.map((n) => n.details.title)).toEqual(expected.titles.map((t) => t.title));
    expect(classes.every((n) => typeof n.details.title === 'string' && n.details.title !== '')).toBe(true);
  });
});
