import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ProjectDefinition, ProjectFile, projectScope } from './project';

/** A chain-leader project as an analyst would set it up (lithium battery, CN/US/EP, 2014–2023). */
const leaderProject = {
  name: '动力电池链主企业导航',
  client: '某电池企业',
  navigationType: 'enterprise',
  boundary: {
    chain: 'lithium-battery',
    segments: ['lithium-battery:midstream'],
    branches: ['lithium-battery:1.2', 'lithium-battery:1.3'],
    cpc: ['H01M10/0525'],
    ipc: [],
  },
  offices: ['CN', 'US', 'EP'],
  years: { from: 2014, to: 2023 },
  dateBasis: 'priority',
  target: { key: 'catl', name: '宁德时代新能源科技股份有限公司' },
  competitors: [{ key: 'byd', name: '比亚迪股份有限公司' }],
  ownApplicants: [{ key: 'catl', name: '宁德时代新能源科技股份有限公司' }],
  notes: '',
};

const firstIssue = (result: z.ZodSafeParseResult<unknown>) =>
  result.success ? null : { path: result.error.issues[0]!.path, message: result.error.issues[0]!.message };

describe('ProjectDefinition', () => {
  it('accepts a full definition and states schemaVersion 1', () => {
    expect(ProjectDefinition.parse(leaderProject)).toEqual({ ...leaderProject, schemaVersion: 1 });
  });

  it('fills every optional field of a minimal definition with an explicit empty value', () => {
    expect(ProjectDefinition.parse({ name: '区域导航', navigationType: 'regional' })).toEqual({
      schemaVersion: 1,
      name: '区域导航',
      client: null,
      navigationType: 'regional',
      boundary: { chain: null, segments: [], branches: [], cpc: [], ipc: [] },
      offices: [],
      years: { from: null, to: null },
      dateBasis: 'priority',
      target: null,
      competitors: [],
      ownApplicants: [],
      notes: '',
    });
  });

  it('names the field of each invalid value', () => {
    const cases = [
      [{ navigationType: 'marketing' }, ['navigationType']],
      [{ boundary: { ...leaderProject.boundary, segments: ['midstream'] } }, ['boundary', 'segments', 0]],
      [{ boundary: { ...leaderProject.boundary, cpc: ['h01m 10/0525'] } }, ['boundary', 'cpc', 0]],
      [{ offices: ['China'] }, ['offices', 0]],
      [{ years: { from: 2023, to: 2014 } }, ['years', 'from']],
      [{ competitors: [{ key: 'byd' }] }, ['competitors', 0, 'name']],
      [{ schemaVersion: 2 }, ['schemaVersion']],
      [{ name: '  ' }, ['name']],
      [{ colour: 'red' }, []],
    ] as const;
    for (const [change, path] of cases)
      expect(firstIssue(ProjectDefinition.safeParse({ ...leaderProject, ...change }))?.path).toEqual(path);
  });

  it('serialises back to the same JSON it was read from (the export file round trip)', () => {
    const parsed = ProjectDefinition.parse(leaderProject);
    expect(z.encode(ProjectDefinition, parsed)).toEqual(parsed);
    const file = {
      schemaVersion: 1 as const,
      kind: 'patnav-project' as const,
      exportedAt: '2026-12-04T04:00:00.000Z',
      id: 'p-1',
      definition: parsed,
      datasets: [],
    };
    expect(ProjectFile.parse(JSON.parse(JSON.stringify(z.encode(ProjectFile, file))))).toEqual(file);
  });
});

describe('projectScope', () => {
  it('takes offices, years, date basis and chain, and a boundary list only when it names exactly one', () => {
    expect(projectScope(ProjectDefinition.parse(leaderProject))).toEqual({
      dateBasis: 'priority',
      from: 2014,
      to: 2023,
      jurisdiction: ['CN', 'US', 'EP'],
      chain: 'lithium-battery',
      segment: 'lithium-battery:midstream',
      cpc: 'H01M10/0525',
    });
  });
});
