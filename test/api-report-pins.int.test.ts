/**
 * Report pins on the real Neo4j through the API: add (end of chapter), list in report order, edit
 * and move (chapters renumbered 0..n-1), delete, the 400 that names the field, 404s, the export →
 * import round trip in all three onConflict modes, and a project delete taking only its own pins.
 */
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { ImportResult, Project, ProjectFile } from '@graph-schema/dto/project';
import { Pin, type PinInput } from '@graph-schema/dto/report';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp } from './helpers/app';
import { connectTestDatabase } from './helpers/db';

const definition = (name: string) => ({
  name,
  client: null,
  navigationType: 'industry',
  boundary: { chain: null, segments: [], branches: [], cpc: ['H01M'], ipc: [] },
  offices: [],
  years: { from: 2015, to: 2024 },
  dateBasis: 'priority',
  target: null,
  competitors: [],
  ownApplicants: [],
  notes: '',
});

const pinInput = (title: string, chapter: PinInput['chapter'], extra: Partial<PinInput> = {}): PinInput => ({
  view: 'core-patents',
  state: `preset=default&title=${encodeURIComponent(title)}`,
  title,
  dataVersion: 'v-test-1',
  chapter,
  ...extra,
});

const snapshot = {
  svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
  table: {
    columns: ['申请人', '家族数'],
    rows: [
      ['宁德时代', 12],
      ['比亚迪', null],
    ],
  },
};

/** What a pin must look like apart from the server's id and timestamps. */
const shape = (pin: Pin) => ({
  title: pin.title,
  chapter: pin.chapter,
  order: pin.order,
  comment: pin.comment,
});

describe('report pins API on the real Neo4j', () => {
  let db: Database;
  let app: FastifyInstance;
  const made: Project[] = [];
  const createProject = async (name: string) => {
    const response = await app.inject({ method: 'POST', url: '/api/projects', payload: definition(name) });
    expect(response.statusCode, response.body).toBe(201);
    const project = Project.parse(response.json());
    made.push(project);
    return project;
  };
  const addPin = async (project: string, input: PinInput) => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/projects/${project}/pins`,
      payload: input,
    });
    expect(response.statusCode, response.body).toBe(201);
    return Pin.parse(response.json());
  };
  const pinsOf = async (project: string) => {
    const response = await app.inject(`/api/projects/${project}/pins`);
    expect(response.statusCode, response.body).toBe(200);
    return z.array(Pin).parse(response.json());
  };
  const patch = (project: string, pin: string, payload: unknown) =>
    app.inject({ method: 'PATCH', url: `/api/projects/${project}/pins/${pin}`, payload: payload as object });

  beforeAll(async () => {
    db = await connectTestDatabase();
    app = await buildTestApp(db);
  });
  afterAll(async () => {
    // Leaves the graph as found (the shared demo corpus counts every node).
    for (const project of made)
      await app.inject({
        method: 'DELETE',
        url: `/api/projects/${project.id}?confirm=${encodeURIComponent(project.definition.name)}`,
      });
    await app?.close();
    await db?.driver.close();
  });

  it('adds pins at the end of their chapter and lists them in report order', async () => {
    const project = await createProject('钉选排序');
    const a = await addPin(
      project.id,
      pinInput('核心专利 A', 'core-patents', { snapshot, comment: '重点关注' }),
    );
    const b = await addPin(project.id, pinInput('趋势 B', 'trends'));
    const c = await addPin(project.id, pinInput('核心专利 C', 'core-patents'));
    expect(a).toEqual({
      ...pinInput('核心专利 A', 'core-patents', { snapshot, comment: '重点关注' }),
      id: a.id,
      project: project.id,
      order: 0,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
    });
    expect(Number.isNaN(Date.parse(a.createdAt))).toBe(false);
    expect(b).toMatchObject({ comment: '', snapshot: { svg: null, table: null }, order: 0 });
    expect(c.order).toBe(1);
    // trends comes before core-patents in REPORT_CHAPTER_IDS.
    expect((await pinsOf(project.id)).map((p) => p.id)).toEqual([b.id, a.id, c.id]);
  });

  it('edits and moves a pin, renumbering both chapters; deletes one and closes the gap', async () => {
    const project = await createProject('钉选移动');
    const [a, b, c] = [
      await addPin(project.id, pinInput('A', 'gaps')),
      await addPin(project.id, pinInput('B', 'gaps')),
      await addPin(project.id, pinInput('C', 'gaps')),
    ];
    const reordered = await patch(project.id, c!.id, { order: 0, comment: '放在最前' });
    expect(reordered.statusCode, reordered.body).toBe(200);
    expect(shape(Pin.parse(reordered.json()))).toEqual({
      title: 'C',
      chapter: 'gaps',
      order: 0,
      comment: '放在最前',
    });
    expect((await pinsOf(project.id)).map(shape)).toEqual([
      { title: 'C', chapter: 'gaps', order: 0, comment: '放在最前' },
      { title: 'A', chapter: 'gaps', order: 1, comment: '' },
      { title: 'B', chapter: 'gaps', order: 2, comment: '' },
    ]);
    const moved = await patch(project.id, a!.id, { chapter: 'findings' });
    expect(moved.statusCode, moved.body).toBe(200);
    const far = await patch(project.id, b!.id, { chapter: 'findings', order: 99 });
    expect(far.statusCode, far.body).toBe(200);
    expect((await pinsOf(project.id)).map(shape)).toEqual([
      { title: 'A', chapter: 'findings', order: 0, comment: '' },
      { title: 'B', chapter: 'findings', order: 1, comment: '' },
      { title: 'C', chapter: 'gaps', order: 0, comment: '放在最前' },
    ]);
    const removed = await app.inject({ method: 'DELETE', url: `/api/projects/${project.id}/pins/${a!.id}` });
    expect([removed.statusCode, removed.body]).toEqual([204, '']);
    expect((await pinsOf(project.id)).map(shape)).toEqual([
      { title: 'B', chapter: 'findings', order: 0, comment: '' },
      { title: 'C', chapter: 'gaps', order: 0, comment: '放在最前' },
    ]);
    const again = await app.inject({ method: 'DELETE', url: `/api/projects/${project.id}/pins/${a!.id}` });
    expect(again.statusCode).toBe(404);
  });

  it('answers 400 naming the field for bad input and 404 for an unknown project or pin', async () => {
    const project = await createProject('钉选校验');
    const badChapter = await app.inject({
      method: 'POST',
      url: `/api/projects/${project.id}/pins`,
      payload: { ...pinInput('X', 'gaps'), chapter: 'nowhere' },
    });
    expect(badChapter.statusCode).toBe(400);
    expect(badChapter.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(badChapter.json().details.issues.map((i: { field: string }) => i.field)).toEqual(['body.chapter']);
    const badView = await app.inject({
      method: 'POST',
      url: `/api/projects/${project.id}/pins`,
      payload: { ...pinInput('X', 'gaps'), view: 'Core Patents!' },
    });
    expect([badView.statusCode, badView.json().message]).toEqual([
      400,
      'body.view: expected a view id such as core-patents',
    ]);
    const pin = await addPin(project.id, pinInput('Y', 'gaps'));
    const badOrder = await patch(project.id, pin.id, { order: -1 });
    expect([badOrder.statusCode, badOrder.json().details.issues[0].field]).toEqual([400, 'body.order']);

    const unknown = 'no-such-project';
    expect((await app.inject(`/api/projects/${unknown}/pins`)).statusCode).toBe(404);
    const post = await app.inject({
      method: 'POST',
      url: `/api/projects/${unknown}/pins`,
      payload: pinInput('Z', 'gaps'),
    });
    expect([post.statusCode, post.json().message]).toEqual([404, `project "${unknown}" not found`]);
    const otherPin = '00000000-0000-4000-8000-000000000000';
    const missing = await patch(project.id, otherPin, { comment: 'x' });
    expect([missing.statusCode, missing.json().message]).toEqual([404, `pin "${otherPin}" not found`]);
    // A pin of one project is not reachable under another.
    const other = await createProject('钉选他人');
    expect((await patch(other.id, pin.id, { comment: 'x' })).statusCode).toBe(404);
  });

  it('carries pins through export and import in all three onConflict modes', async () => {
    const project = await createProject('钉选往返');
    await addPin(project.id, pinInput('风险表', 'risks', { snapshot, comment: '含表格' }));
    await addPin(project.id, pinInput('趋势图', 'trends'));
    await addPin(project.id, pinInput('趋势表', 'trends'));
    const pins = await pinsOf(project.id);
    const file = ProjectFile.parse((await app.inject(`/api/projects/${project.id}/export`)).json());
    expect(file.pins).toEqual(pins.map(({ project: _, ...pin }) => pin));

    const failed = await app.inject({ method: 'POST', url: '/api/projects/import', payload: file });
    expect(failed.statusCode).toBe(409);
    const copied = ImportResult.parse(
      (
        await app.inject({ method: 'POST', url: '/api/projects/import?onConflict=copy', payload: file })
      ).json(),
    );
    made.push(copied.project);
    const copiedPins = await pinsOf(copied.project.id);
    expect(copiedPins.map(({ id: _, project: __, ...rest }) => rest)).toEqual(
      pins.map(({ id: _, project: __, ...rest }) => rest),
    );
    expect(copiedPins.filter((p) => pins.some((q) => q.id === p.id))).toEqual([]);
    expect(await pinsOf(project.id)).toEqual(pins);

    await patch(project.id, pins[0]!.id, { comment: '改过' });
    await addPin(project.id, pinInput('多余', 'gaps'));
    const replaced = await app.inject({
      method: 'POST',
      url: '/api/projects/import?onConflict=replace',
      payload: file,
    });
    expect(replaced.statusCode, replaced.body).toBe(201);
    expect(await pinsOf(project.id)).toEqual(pins);

    const name = project.definition.name;
    await app.inject({
      method: 'DELETE',
      url: `/api/projects/${project.id}?confirm=${encodeURIComponent(name)}`,
    });
    const fresh = await app.inject({ method: 'POST', url: '/api/projects/import', payload: file });
    expect(fresh.statusCode, fresh.body).toBe(201);
    expect(await pinsOf(project.id)).toEqual(pins);
    // Deleting a project deleted only its own pins: the copy's are all still there.
    expect(await pinsOf(copied.project.id)).toEqual(copiedPins);
  });

  it('reads a version-1 file without pins and deletes a project with its pins only', async () => {
    const project = await createProject('钉选删除');
    await addPin(project.id, pinInput('P', 'talent'));
    const file = ProjectFile.parse((await app.inject(`/api/projects/${project.id}/export`)).json());
    const { pins: _, ...withoutPins } = file;
    const replaced = await app.inject({
      method: 'POST',
      url: '/api/projects/import?onConflict=replace',
      payload: withoutPins,
    });
    expect(replaced.statusCode, replaced.body).toBe(201);
    expect(await pinsOf(project.id)).toEqual([]);
    await addPin(project.id, pinInput('Q', 'talent'));
    const countPins = async () =>
      (await readRows(db, z.object({ n: z.number() }), 'MATCH (p:Pin) RETURN count(p) AS n'))[0]!.n;
    const before = await countPins();
    const deleted = await app.inject({
      method: 'DELETE',
      url: `/api/projects/${project.id}?confirm=${encodeURIComponent(project.definition.name)}`,
    });
    expect(deleted.statusCode).toBe(200);
    expect(await countPins()).toBe(before - 1);
  });
});
