/** Rule 7 on synthetic edges: units, cycles with one example import per step, exempt roots. */
import { describe, expect, it } from 'vitest';
import { FOLDER_CYCLE, folderCycles, unitOf } from './folder-cycles';
import { formatViolation, type ImportEdge } from './violation';

function edge(from: string, to: string): ImportEdge {
  return { from, specifier: `@${to}`, to };
}

describe('unitOf', () => {
  it.each([
    ['server/app.ts', 'server'],
    ['server/platform/cache.ts', 'server/platform'],
    ['server/analytics/fto/screen.ts', 'server/analytics'],
    ['server/features/fto/routes.ts', 'server/features/fto'],
    ['server/features/fto/cypher/screen.ts', 'server/features/fto'],
    ['ingest/record.ts', 'ingest'],
    ['ingest/readers/lens.ts', 'ingest/readers'],
    ['web/src/main.ts', 'web/src'],
    ['web/src/views/gaps/index.ts', 'web/src/views'],
    ['graph-schema/dto/scope.ts', 'graph-schema'],
    ['test/helpers/app.ts', 'test'],
    ['vite.config.ts', '.'],
  ])('%s is in %s', (file, unit) => {
    expect(unitOf(file)).toBe(unit);
  });
});

describe('folderCycles', () => {
  it('7: reports a cycle between two feature folders with the import behind each step', () => {
    const edges = [
      edge('server/features/fto/screen.ts', 'server/features/fence/mode.ts'),
      edge('server/features/fto/routes.ts', 'server/features/fence/mode.ts'),
      edge('server/features/fence/routes.ts', 'server/features/fto/index.ts'),
    ];
    expect(folderCycles(edges)).toEqual([
      {
        rule: `${FOLDER_CYCLE.rule}: server/features/fence → server/features/fto → server/features/fence`,
        reason: FOLDER_CYCLE.reason,
        steps: [
          { from: 'server/features/fence/routes.ts', to: 'server/features/fto/index.ts' },
          { from: 'server/features/fto/routes.ts', to: 'server/features/fence/mode.ts' },
        ],
      },
    ]);
  });

  it('reports a longer cycle once, starting at its smallest unit, one line per step', () => {
    const edges = [
      edge('server/features/maps/a.ts', 'server/platform/b.ts'),
      edge('server/platform/b.ts', 'server/analytics/c.ts'),
      edge('server/analytics/c.ts', 'server/features/maps/d.ts'),
    ];
    expect(folderCycles(edges).map(formatViolation)).toEqual([
      [
        `${FOLDER_CYCLE.rule}: server/analytics → server/features/maps → server/platform → server/analytics (${FOLDER_CYCLE.reason}):`,
        '    server/analytics/c.ts → server/features/maps/d.ts',
        '    server/features/maps/a.ts → server/platform/b.ts',
        '    server/platform/b.ts → server/analytics/c.ts',
      ].join('\n'),
    ]);
  });

  it('lets the server and ingest roots import, and be imported by, any of their units', () => {
    const edges = [
      edge('server/app.ts', 'server/features/fto/routes.ts'),
      edge('server/features/fto/routes.ts', 'server/config.ts'),
      edge('ingest/read.ts', 'ingest/readers/lens.ts'),
      edge('ingest/readers/lens.ts', 'ingest/record.ts'),
    ];
    expect(folderCycles(edges)).toEqual([]);
  });

  it('ignores imports inside one unit and imports that resolve nowhere', () => {
    const edges = [
      edge('server/platform/a.ts', 'server/platform/b.ts'),
      edge('server/platform/b.ts', 'server/platform/a.ts'),
      { from: 'server/analytics/a.ts', specifier: './gone', to: null },
    ];
    expect(folderCycles(edges)).toEqual([]);
  });
});
