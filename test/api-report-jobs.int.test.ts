/**
 * Report jobs on the real Neo4j and the shared demo corpus: request → queued → done with files,
 * progress through the chapters then each renderer, downloads with their headers and modes, the
 * project's job list newest first, 404s, and a failing renderer ending the job `failed` with its code.
 * The HTML renderer is not merged yet (render/index.ts placeholder), so the app gets small fake
 * HTML and PDF renderers that lay out the real document's chapter titles, and a failing DOCX one;
 * the XLSX renderer is the real one.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { Project } from '@graph-schema/dto/project';
import { REPORT_CHAPTER_IDS, REPORT_CHAPTERS, ReportJob } from '@graph-schema/dto/report';
import { buildApp } from '@server/app';
import type { Renderer } from '@server/features/reports/render/renderer';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { connectTestDatabase } from './helpers/db';
import { ensureSharedDemo } from './helpers/demo';

const definition = (name: string) => ({
  name,
  client: '示例客户',
  navigationType: 'industry',
  boundary: { chain: null, segments: [], branches: [], cpc: [], ipc: [] },
  offices: [],
  years: { from: 2010, to: 2025 },
  dateBasis: 'priority',
  target: null,
  competitors: [],
  ownApplicants: [],
  notes: '',
});

const encoder = new TextEncoder();

describe('report jobs API on the real Neo4j', () => {
  let db: Database;
  let app: FastifyInstance;
  let reportDir: string;
  const projects: Project[] = [];
  const seen: Array<{ format: string; progress: unknown }> = [];
  let htmlRenders = 0;
  /** What the running job said when a renderer started. */
  const runningProgress = () =>
    app.reportJobs.listFor(projects[0]!.id).find((j) => j.state === 'running')?.progress;
  const html: Renderer = async ({ document }) => {
    htmlRenders += 1;
    seen.push({ format: 'html', progress: runningProgress() });
    return encoder.encode(
      `<h1>${document.cover.title}</h1>${document.chapters.map((c) => `<h2>${c.title}</h2>`).join('')}`,
    );
  };
  const pdf: Renderer = async (input, progress) => {
    seen.push({ format: 'pdf', progress: runningProgress() });
    progress(0.5);
    seen.push({ format: 'pdf', progress: runningProgress() });
    return encoder.encode(`%PDF-fake ${(await input.html()).length}`);
  };
  const docx: Renderer = async () => {
    throw new Error('boom');
  };

  const createProject = async (name: string) => {
    const response = await app.inject({ method: 'POST', url: '/api/projects', payload: definition(name) });
    expect(response.statusCode, response.body).toBe(201);
    const project = Project.parse(response.json());
    projects.push(project);
    return project;
  };
  const requestReport = async (project: string, payload: object) => {
    const response = await app.inject({ method: 'POST', url: `/api/projects/${project}/reports`, payload });
    expect(response.statusCode, response.body).toBe(202);
    return ReportJob.parse(response.json());
  };
  const poll = async (id: string) => {
    await app.reportJobs.idle();
    const response = await app.inject(`/api/reports/jobs/${id}`);
    expect(response.statusCode, response.body).toBe(200);
    return ReportJob.parse(response.json());
  };

  beforeAll(async () => {
    db = await connectTestDatabase();
    await ensureSharedDemo(db);
    reportDir = await mkdtemp(path.join(os.tmpdir(), 'patnav-report-jobs-'));
    app = await buildApp({ db, logLevel: 'silent', reportDir, reportRenderers: { html, pdf, docx } });
  });
  afterAll(async () => {
    for (const project of projects)
      await app.inject({
        method: 'DELETE',
        url: `/api/projects/${project.id}?confirm=${encodeURIComponent(project.definition.name)}`,
      });
    await app?.close();
    await db?.driver.close();
    await rm(reportDir, { recursive: true, force: true });
  });

  it('runs a job to done: progress through chapters and renderers, files with their urls', async () => {
    const project = await createProject('锂电池产业导航');
    const queued = await requestReport(project.id, { formats: ['html', 'pdf'] });
    expect(queued).toEqual({
      id: queued.id,
      project: project.id,
      state: 'queued',
      progress: { step: 'queued', fraction: 0 },
      request: { language: 'zh', formats: ['html', 'pdf'] },
      createdAt: queued.createdAt,
      finishedAt: null,
      files: [],
      error: null,
    });
    const done = await poll(queued.id);
    const today = done.createdAt.slice(0, 10);
    const htmlText = `<h1>锂电池产业导航</h1>${REPORT_CHAPTER_IDS.map((id) => `<h2>${REPORT_CHAPTERS[id].zh}</h2>`).join('')}`;
    const htmlBytes = encoder.encode(htmlText).byteLength;
    const pdfText = `%PDF-fake ${htmlText.length}`;
    expect(done).toEqual({
      ...queued,
      state: 'done',
      progress: { step: 'done', fraction: 1 },
      finishedAt: done.finishedAt,
      files: [
        {
          format: 'html',
          fileName: `锂电池产业导航-${today}.html`,
          bytes: htmlBytes,
          url: `/api/reports/jobs/${queued.id}/files/html`,
        },
        {
          format: 'pdf',
          fileName: `锂电池产业导航-${today}.pdf`,
          bytes: pdfText.length,
          url: `/api/reports/jobs/${queued.id}/files/pdf`,
        },
      ],
    });
    // Chapters take 0–60 %, the two renderers 20 % each; the HTML is rendered once and reused by the PDF.
    expect(seen).toEqual([
      { format: 'html', progress: { step: 'render:html', fraction: 0.6 } },
      { format: 'pdf', progress: { step: 'render:pdf', fraction: 0.8 } },
      { format: 'pdf', progress: { step: 'render:pdf', fraction: 0.9 } },
    ]);
    expect(htmlRenders).toBe(1);

    const download = await app.inject(done.files[0]!.url);
    expect([
      download.statusCode,
      download.headers['content-type'],
      download.headers['content-disposition'],
    ]).toEqual([
      200,
      'text/html; charset=utf-8',
      `attachment; filename="patnav-report-${today}.html"; filename*=UTF-8''${encodeURIComponent(done.files[0]!.fileName)}`,
    ]);
    expect(download.body).toBe(htmlText);
    const pdfDownload = await app.inject(done.files[1]!.url);
    expect([pdfDownload.headers['content-type'], pdfDownload.body]).toEqual(['application/pdf', pdfText]);
    const written = path.join(reportDir, queued.id, done.files[1]!.fileName);
    expect(await readFile(written, 'utf8')).toBe(pdfText);
    expect([(await stat(written)).mode & 0o777, (await stat(path.dirname(written))).mode & 0o777]).toEqual([
      0o600, 0o700,
    ]);
  });

  it('lists a project’s jobs newest first; unknown job, file and project answer 404; bad input 400', async () => {
    const project = await createProject('Report list');
    const first = await requestReport(project.id, { language: 'en', formats: ['html'] });
    const second = await requestReport(project.id, { language: 'en', formats: ['html'] });
    await app.reportJobs.idle();
    const list = await app.inject(`/api/projects/${project.id}/reports`);
    expect(
      z
        .array(ReportJob)
        .parse(list.json())
        .map((j) => [j.id, j.state, j.files[0]?.fileName]),
    ).toEqual([
      [second.id, 'done', `Report list-${second.createdAt.slice(0, 10)}.html`],
      [first.id, 'done', `Report list-${first.createdAt.slice(0, 10)}.html`],
    ]);
    const englishFile = await app.inject(`/api/reports/jobs/${first.id}/files/html`);
    expect(englishFile.body).toContain('<h2>Key findings</h2>');

    const unknown = '00000000-0000-4000-8000-000000000000';
    const job = await app.inject(`/api/reports/jobs/${unknown}`);
    expect([job.statusCode, job.json().code, job.json().message]).toEqual([
      404,
      'NOT_FOUND',
      `report job "${unknown}" not found on this server: a report job and its files stay with the server that made it (with several servers, route /api/reports/ and /api/projects/:id/reports to one of them)`,
    ]);
    expect(job.json().details).toEqual({ reason: 'reportJobNotOnThisServer' });
    const file = await app.inject(`/api/reports/jobs/${first.id}/files/pdf`);
    expect([file.statusCode, file.json().message]).toEqual([404, `report file "${first.id}/pdf" not found`]);
    const noProject = await app.inject({ method: 'POST', url: '/api/projects/nope/reports', payload: {} });
    expect([noProject.statusCode, noProject.json().message]).toEqual([404, 'project "nope" not found']);
    expect((await app.inject('/api/projects/nope/reports')).statusCode).toBe(404);
    const badFormat = await app.inject({
      method: 'POST',
      url: `/api/projects/${project.id}/reports`,
      payload: { formats: ['rtf'] },
    });
    expect([badFormat.statusCode, badFormat.json().details.issues[0].field]).toEqual([400, 'body.formats.0']);
  });

  it('ends a job whose renderer fails in state failed with a coded error, keeping the files made before', async () => {
    const project = await createProject('失败的报告');
    const queued = await requestReport(project.id, { formats: ['html', 'docx', 'pdf'] });
    const failed = await poll(queued.id);
    expect(failed).toEqual({
      ...queued,
      state: 'failed',
      progress: { step: 'render:docx', fraction: 0.6 + 0.4 / 3 },
      finishedAt: failed.finishedAt,
      files: [
        {
          format: 'html',
          fileName: `失败的报告-${failed.createdAt.slice(0, 10)}.html`,
          bytes: failed.files[0]!.bytes,
          url: `/api/reports/jobs/${queued.id}/files/html`,
        },
      ],
      error: { code: 'REPORT_RENDER_FAILED', message: 'docx: boom' },
    });
  });

  it('runs the real XLSX renderer of render/index.ts to a downloadable workbook', async () => {
    const project = await createProject('真实表格');
    const done = await poll((await requestReport(project.id, { formats: ['xlsx'] })).id);
    expect([done.state, done.error, done.files.map((f) => f.fileName)]).toEqual([
      'done',
      null,
      [`真实表格-${done.createdAt.slice(0, 10)}.xlsx`],
    ]);
    const download = await app.inject(done.files[0]!.url);
    expect([download.statusCode, download.headers['content-type'], download.rawPayload.byteLength]).toEqual([
      200,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      done.files[0]!.bytes,
    ]);
    // An XLSX file is a ZIP archive: local file header signature PK\x03\x04.
    expect([...download.rawPayload.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });
});
