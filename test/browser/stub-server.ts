/**
 * One loopback HTTP server for the smoke test: the built app from dist/web plus a stub of the API
 * answering with the fixtures in ./fixtures (checked against the DTO schemas at start).
 * Same origin, like the real server, so the app's relative `/api/...` calls work unchanged.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { LandscapeResponse } from '@graph-schema/dto/landscape';
import { MapData } from '@graph-schema/dto/map';

const FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures');

/** Query values that make the stub answer with an error or an empty result. */
export const STUB_TRIGGERS = { errorCpc: 'A99', emptyJurisdiction: 'XX' } as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

interface Fixtures {
  health: unknown;
  landscape: LandscapeResponse;
  landscapeEmpty: LandscapeResponse;
  applicantCpc: MapData;
  errorValidation: unknown;
}

async function readJson(name: string): Promise<unknown> {
  return JSON.parse(await readFile(path.join(FIXTURES, name), 'utf8'));
}

export async function loadFixtures(): Promise<Fixtures> {
  return {
    health: await readJson('health.json'),
    landscape: LandscapeResponse.parse(await readJson('landscape.json')),
    landscapeEmpty: LandscapeResponse.parse(await readJson('landscape-empty.json')),
    applicantCpc: MapData.parse(await readJson('applicant-cpc.json')),
    errorValidation: await readJson('error-validation.json'),
  };
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/** The status and body the stub answers an API request with. */
function apiAnswer(url: URL, fixtures: Fixtures): [number, unknown] {
  const query = url.searchParams;
  if (url.pathname === '/api/health') return [200, fixtures.health];
  // The project bar lists projects on every page: a fresh server has none.
  if (url.pathname === '/api/projects') return [200, []];
  if (query.get('cpc') === STUB_TRIGGERS.errorCpc) return [400, fixtures.errorValidation];
  const empty = query.get('jurisdiction') === STUB_TRIGGERS.emptyJurisdiction;
  if (url.pathname === '/api/landscape') {
    // Echo the asked date basis, so headings and legends can be checked per basis.
    const dateBasis = LandscapeResponse.shape.dateBasis
      .catch('priority')
      .parse(query.get('dateBasis') ?? undefined);
    return [200, { ...(empty ? fixtures.landscapeEmpty : fixtures.landscape), dateBasis }];
  }
  if (url.pathname === '/api/maps/applicant-cpc') {
    return [200, empty ? { ...fixtures.applicantCpc, nodes: [], edges: [] } : fixtures.applicantCpc];
  }
  return [404, { code: 'NOT_FOUND', message: `no stub for ${url.pathname}` }];
}

async function serveStatic(root: string, url: URL, response: ServerResponse): Promise<void> {
  const relative = path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = path.join(root, relative);
  // Paths that are not files (e.g. `/`) get the app's index.html, as the real server does.
  const file =
    candidate.startsWith(root) && path.extname(candidate) !== '' ? candidate : path.join(root, 'index.html');
  try {
    const body = await readFile(file);
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
    response.end(body);
  } catch {
    sendJson(response, 404, { code: 'NOT_FOUND', message: url.pathname });
  }
}

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

export async function startStubServer(staticRoot: string): Promise<RunningServer> {
  const fixtures = await loadFixtures();
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://stub');
    if (url.pathname.startsWith('/api/')) sendJson(response, ...apiAnswer(url, fixtures));
    else void serveStatic(staticRoot, url, response);
  });
  // Port 0: the OS picks a free port, so parallel runs never collide.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
