import { ProjectDefinition } from '@graph-schema/dto/project';
import { describe, expect, it } from 'vitest';
import { checkForm, formValues } from './form-model';

describe('project form model', () => {
  it('turns typed lists into canonical codes and round-trips a definition', () => {
    const values = {
      ...formValues(undefined),
      name: '锂电池导航',
      client: '',
      navigationType: 'enterprise' as const,
      chain: 'lithium-battery',
      cpc: 'h01m, H01M10/0525，',
      offices: 'cn us',
      yearFrom: '2012',
      yearTo: '2023',
      target: { key: 'catl', name: '宁德时代' },
    };
    const checked = checkForm(values);
    expect(checked).toStrictEqual({
      ok: true,
      definition: {
        name: '锂电池导航',
        client: null,
        navigationType: 'enterprise',
        boundary: {
          chain: 'lithium-battery',
          segments: [],
          branches: [],
          cpc: ['H01M', 'H01M10/0525'],
          ipc: [],
        },
        offices: ['CN', 'US'],
        years: { from: 2012, to: 2023 },
        dateBasis: 'priority',
        target: { key: 'catl', name: '宁德时代' },
        competitors: [],
        ownApplicants: [],
        notes: '',
      },
    });
    if (!checked.ok) return;
    expect(formValues(ProjectDefinition.parse(checked.definition))).toStrictEqual({
      ...values,
      cpc: 'H01M, H01M10/0525',
      offices: 'CN, US',
    });
  });

  it('names the form field of each problem', () => {
    const checked = checkForm({
      ...formValues(undefined),
      name: ' ',
      yearFrom: '2020',
      yearTo: '2010',
      offices: 'CHN',
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.map((problem) => problem.field).sort()).toStrictEqual([
      'name',
      'offices',
      'yearFrom',
    ]);
    // Kinds the form words in the UI language (form.problem.*), not zod's English messages.
    expect(
      Object.fromEntries(checked.problems.map((problem) => [problem.field, problem.kind])),
    ).toStrictEqual({ name: 'required', offices: 'format', yearFrom: 'yearOrder' });
  });

  it('carries the broken bound for lengths, counts and years', () => {
    const checked = checkForm({ ...formValues(undefined), name: 'x'.repeat(201), yearFrom: '1700' });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.map(({ field, kind, limit }) => [field, kind, limit])).toStrictEqual([
      ['name', 'tooLong', 200],
      ['yearFrom', 'atLeast', 1800],
    ]);
  });
});
