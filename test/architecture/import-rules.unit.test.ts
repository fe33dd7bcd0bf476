/** The checker on synthetic edges: each rule catches its violation and lets the allowed imports pass. */
import { describe, expect, it } from 'vitest';
import { checkImports, DEEP_RELATIVE, FOLDER_RULES, UNRESOLVED } from './import-rules';
import { formatViolation, type ImportEdge } from './violation';

function edge(from: string, to: string | null, specifier = `@${to ?? 'gone'}`): ImportEdge {
  return { from, specifier, to };
}

/** The rule texts each edge breaks, one list per edge. */
function brokenRules(...edges: ImportEdge[]): string[][] {
  return edges.map((one) => checkImports([one]).map((violation) => violation.rule));
}

function folderRule(prefix: string): string {
  const rule = FOLDER_RULES.find((candidate) => candidate.rule.startsWith(prefix));
  if (!rule) throw new Error(`no folder rule starts with "${prefix}"`);
  return rule.rule;
}

describe('folder rules', () => {
  it('1: graph-schema imports no consumer', () => {
    const rule = folderRule('graph-schema imports');
    expect(
      brokenRules(
        edge('graph-schema/model.ts', 'server/app.ts'),
        edge('graph-schema/dto/fto.ts', 'test/helpers/app.ts'),
        edge('graph-schema/dto/fto.ts', 'graph-schema/dto/explanation.ts'),
      ),
    ).toEqual([[rule], [rule], []]);
  });

  it('2: ingest never imports server, web, test or bench', () => {
    const rule = folderRule('ingest never');
    expect(
      brokenRules(
        edge('ingest/pipeline/ingest.ts', 'server/platform/cache.ts'),
        edge('ingest/read.test.ts', 'test/read-all.ts'),
        edge('ingest/load/rows.ts', 'graph-schema/model.ts'),
        edge('ingest/pipeline/load-demo.ts', 'demo/corpus.ts'),
      ),
    ).toEqual([[rule], [rule], [], []]);
  });

  it('3: web imports only the browser-safe part of graph-schema and nothing from the Node side', () => {
    const browserSafe = folderRule('web imports only');
    const nodeSide = folderRule('web imports nothing');
    expect(
      brokenRules(
        edge('web/src/api/client.ts', 'graph-schema/db/driver.ts'),
        edge('web/src/api/client.ts', 'graph-schema/migrations/index.ts'),
        edge('web/src/api/client.ts', 'server/features/fto/routes.ts'),
        edge('web/src/views/gaps/index.ts', 'demo/corpus.ts'),
        edge('web/src/api/client.ts', 'graph-schema/dto/scope.ts'),
        edge('web/src/graph/styles.ts', 'graph-schema/model.ts'),
        edge('web/src/i18n/en.ts', 'graph-schema/vocabulary/status.ts'),
      ),
    ).toEqual([[browserSafe], [browserSafe], [nodeSide], [nodeSide], [], [], []]);
  });

  it('4: server/analytics imports nothing else from server', () => {
    const rule = folderRule('server/analytics');
    expect(
      brokenRules(
        edge('server/analytics/fto/screen.ts', 'server/features/fto/explain.ts'),
        edge('server/analytics/pagerank.ts', 'server/config.ts'),
        edge('server/analytics/spc.ts', 'server/analytics/citation-graph.ts'),
        edge('server/analytics/spc.ts', 'graph-schema/dto/explanation.ts'),
      ),
    ).toEqual([[rule], [rule], [], []]);
  });

  it('5: server/platform imports nothing from server/features', () => {
    const rule = folderRule('server/platform');
    expect(
      brokenRules(
        edge('server/platform/snapshot.ts', 'server/features/fto/index.ts'),
        edge('server/features/fto/routes.ts', 'server/platform/errors.ts'),
        edge('server/platform/cache.ts', 'server/config.ts'),
      ),
    ).toEqual([[rule], [], []]);
  });

  it('6: demo never imports server', () => {
    const rule = folderRule('demo never');
    expect(
      brokenRules(edge('demo/corpus.ts', 'server/app.ts'), edge('demo/corpus.ts', 'ingest/record.ts')),
    ).toEqual([[rule], []]);
  });
});

describe('import form', () => {
  it('8: no relative import climbs two levels', () => {
    expect(
      brokenRules(
        edge('server/features/fto/routes.ts', 'server/platform/errors.ts', '../../platform/errors'),
        edge('server/features/fto/routes.ts', 'server/platform/errors.ts', './../../platform/errors'),
        edge('server/features/fto/routes.ts', 'server/features/fence/x.ts', '../fence/x'),
        edge('server/features/fto/routes.ts', 'server/platform/errors.ts', '@server/platform/errors'),
      ),
    ).toEqual([[DEEP_RELATIVE.rule], [DEEP_RELATIVE.rule], [], []]);
  });

  it('9: every import resolves to a file', () => {
    expect(checkImports([edge('server/app.ts', null, './routes/fto')])).toEqual([
      { ...UNRESOLVED, steps: [{ from: 'server/app.ts', to: './routes/fto' }] },
    ]);
  });
});

it('prints one line per broken import: from → to: rule (reason)', () => {
  const [violation] = checkImports([edge('graph-schema/model.ts', 'server/app.ts')]);
  expect(formatViolation(violation!)).toBe(
    'graph-schema/model.ts → server/app.ts: graph-schema imports no consumer ' +
      '(it is the one contract every consumer imports, so it may depend on none of them)',
  );
});
