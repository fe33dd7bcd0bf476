/**
 * Navigation projects on the real Neo4j through the API: create, edit, list, duplicate, delete with
 * confirmation (patents and shared dataset records stay), export → import round trip, and the
 * stated id-collision rule of an import.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { ApiErrorBody } from '@graph-schema/dto/error';
import { DeleteResult, ImportResult, Project, ProjectFile, ProjectSummary } from '@graph-schema/dto/project';
import { runIngest } from '@ingest/pipeline/ingest';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp } from './helpers/app';
import { clearGraph, connectTestDatabase } from './helpers/db';
import { REPO_ROOT } from './shared-fixtures';

const exportFixture = (name: string) => path.join(REPO_ROOT, 'test', 'fixtures', 'exports', name);
const projectFixture = (name: string) =>
  JSON.parse(readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'projects', name), 'utf8'));
const quarantineDir = path.join(os.tmpdir(), 'patnav-projects-quarantine');

const regional = {
  name: '苏州市新能源汽车产业专利导航',
  client: '苏州市知识产权局（示例）',
  navigationType: 'regional',
  boundary: { chain: null, segments: [], branches: [], cpc: ['H01M'], ipc: [] },
  offices: ['CN'],
  years: { from: 2015, to: 2024 },
  dateBasis: 'application',
  target: null,
  competitors: [{ key: 'example-rival', name: 'Example Rival Energy Co., Ltd.' }],
  ownApplicants: [],
  notes: '',
};

const Counts = z.object({ patents: z.number(), datasets: z.number() });
const countsOf = async (db: Database) =>
  (
    await readRows(
      db,
      Counts,
      'RETURN COUNT { MATCH (p:Patent) } AS patents, COUNT { MATCH (d:Dataset) } AS datasets',
    )
  )[0]!;

describe('projects API on the real Neo4j', () => {
  let db: Database;
  let app: FastifyInstance;
  const create = async (definition: Record<string, unknown>) => {
    const response = await app.inject({ method: 'POST', url: '/api/projects', payload: definition });
    expect(response.statusCode, response.body).toBe(201);
    return Project.parse(response.json());
  };
  const get = async (id: string) => Project.parse((await app.inject(`/api/projects/${id}`)).json());

  beforeAll(async () => {
    db = await connectTestDatabase();
    await clearGraph(db);
    await runIngest(db, [exportFixture('lens-current.csv')], { quarantineDir });
    app = await buildTestApp(db);
  });
  afterAll(async () => {
    await app?.close();
    await db?.driver.close();
  });

  it('creates, reads, lists and edits a project; a bad field answers 400 naming it', async () => {
    const created = await create(regional);
    expect(created).toMatchObject({ definition: { ...regional, schemaVersion: 1 }, datasets: [] });
    expect(await get(created.id)).toEqual(created);
    const list = z.array(ProjectSummary).parse((await app.inject('/api/projects')).json());
    expect(list.find((p) => p.id === created.id)).toEqual({
      id: created.id,
      name: regional.name,
      client: regional.client,
      navigationType: 'regional',
      createdAt: created.createdAt,
      updatedAt: created.updatedAt,
      datasetCount: 0,
      // Made without naming a workspace: the single-client default (issue 14 isolation).
      workspace: 'default',
    });
    const edited = { ...regional, notes: '第二轮：加入 CN 实用新型。', years: { from: 2016, to: 2024 } };
    const put = await app.inject({ method: 'PUT', url: `/api/projects/${created.id}`, payload: edited });
    expect(put.statusCode, put.body).toBe(200);
    const after = Project.parse(put.json());
    expect(after.definition).toEqual({ ...edited, schemaVersion: 1 });
    expect(after.createdAt).toBe(created.createdAt);
    expect(after.updatedAt >= created.updatedAt).toBe(true);

    const bad = await app.inject({
      method: 'PUT',
      url: `/api/projects/${created.id}`,
      payload: { ...regional, navigationType: 'marketing' },
    });
    expect(bad.statusCode).toBe(400);
    expect(ApiErrorBody.parse(bad.json())).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(bad.json().message).toMatch(/^body\.navigationType: /);
    const missing = await app.inject('/api/projects/no-such-project');
    expect([missing.statusCode, missing.json().code]).toEqual([404, 'NOT_FOUND']);
  });

  it('duplicates a project with a new id and the same dataset links', async () => {
    const source = await create({ ...regional, name: '待复制的项目' });
    await runIngest(db, [exportFixture('incopat.csv')], { quarantineDir, projectId: source.id });
    const withData = await get(source.id);
    expect(withData.datasets.map((d) => d.fileName)).toEqual(['incopat.csv']);
    const response = await app.inject({ method: 'POST', url: `/api/projects/${source.id}/duplicate` });
    expect(response.statusCode, response.body).toBe(201);
    const copy = Project.parse(response.json());
    expect(copy.id).not.toBe(source.id);
    expect(copy.definition).toEqual({ ...withData.definition, name: '待复制的项目 (copy)' });
    expect(copy.datasets).toEqual(withData.datasets);
  });

  it('deletes only with the project name as confirmation, and keeps patents and shared datasets', async () => {
    const project = await create({ ...regional, name: '将删除的项目' });
    await runIngest(db, [exportFixture('lens-2018.csv')], { quarantineDir, projectId: project.id });
    const sharing = Project.parse(
      (await app.inject({ method: 'POST', url: `/api/projects/${project.id}/duplicate` })).json(),
    );
    const before = await countsOf(db);

    const unconfirmed = await app.inject({ method: 'DELETE', url: `/api/projects/${project.id}` });
    expect(unconfirmed.statusCode).toBe(409);
    expect(unconfirmed.json()).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'confirmationRequired', project: project.id, name: '将删除的项目' },
    });
    const wrong = await app.inject({
      method: 'DELETE',
      url: `/api/projects/${project.id}?confirm=${encodeURIComponent('别的项目')}`,
    });
    expect([wrong.statusCode, wrong.json().details.reason]).toEqual([409, 'confirmationMismatch']);
    expect((await app.inject(`/api/projects/${project.id}`)).statusCode).toBe(200);

    const confirmed = await app.inject({
      method: 'DELETE',
      url: `/api/projects/${project.id}`,
      payload: { confirm: '将删除的项目' },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const checksum = (await get(sharing.id)).datasets[0]!.checksum;
    expect(DeleteResult.parse(confirmed.json())).toEqual({
      deleted: { project: project.id, datasetLinks: 1 },
      kept: {
        datasets: [checksum],
        sharedWithProjects: [sharing.id],
        note: 'Patents and dataset records are shared data and were kept; only the project and its 1 dataset link were deleted.',
      },
    });
    expect(await countsOf(db)).toEqual(before);
    expect((await app.inject(`/api/projects/${project.id}`)).statusCode).toBe(404);
  });

  it('exports one JSON file that imports back to an equal project, under the stated id rule', async () => {
    const original = await create({ ...regional, name: '导出导入往返' });
    await runIngest(db, [exportFixture('lens-current.csv')], { quarantineDir, projectId: original.id });
    const stored = await get(original.id);
    const exported = await app.inject(`/api/projects/${original.id}/export`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toBe(
      `attachment; filename="patnav-project-${original.id}.json"`,
    );
    const file = ProjectFile.parse(exported.json());
    expect(file).toMatchObject({ id: original.id, definition: stored.definition, datasets: stored.datasets });

    const collision = await app.inject({ method: 'POST', url: '/api/projects/import', payload: file });
    expect([collision.statusCode, collision.json().details]).toEqual([
      409,
      { reason: 'idExists', project: original.id, rule: 'onConflict=fail' },
    ]);
    const copied = ImportResult.parse(
      (
        await app.inject({ method: 'POST', url: '/api/projects/import?onConflict=copy', payload: file })
      ).json(),
    );
    expect(copied.replacedId).toBe(original.id);
    expect(copied.project.id).not.toBe(original.id);
    expect([copied.project.definition, copied.project.datasets]).toEqual([
      stored.definition,
      stored.datasets,
    ]);

    await app.inject({
      method: 'DELETE',
      url: `/api/projects/${original.id}?confirm=${encodeURIComponent('导出导入往返')}`,
    });
    const reimported = await app.inject({ method: 'POST', url: '/api/projects/import', payload: file });
    expect(reimported.statusCode, reimported.body).toBe(201);
    const result = ImportResult.parse(reimported.json());
    expect(result).toMatchObject({
      replacedId: null,
      datasetsPresent: stored.datasets.map((d) => d.checksum),
      datasetsRecordedOnly: [],
    });
    expect({ ...result.project, createdAt: '', updatedAt: '' }).toEqual({
      ...stored,
      createdAt: '',
      updatedAt: '',
    });
  });

  it('imports a file from elsewhere: its dataset records are kept and said to be not loaded here', async () => {
    const file = ProjectFile.parse(projectFixture('lithium-leader.project.json'));
    const response = await app.inject({ method: 'POST', url: '/api/projects/import', payload: file });
    expect(response.statusCode, response.body).toBe(201);
    expect(ImportResult.parse(response.json())).toMatchObject({
      datasetsPresent: [],
      datasetsRecordedOnly: [file.datasets[0]!.checksum],
    });
    const again = ProjectFile.parse((await app.inject(`/api/projects/${file.id}/export`)).json());
    expect({ ...again, exportedAt: file.exportedAt }).toEqual(file);

    const bad = await app.inject({
      method: 'POST',
      url: '/api/projects/import',
      payload: projectFixture('bad-office.project.json'),
    });
    expect([bad.statusCode, bad.json().code, bad.json().message]).toEqual([
      400,
      'VALIDATION_FAILED',
      'body.definition.offices.0: expected two-letter office codes such as CN',
    ]);
  });
});
