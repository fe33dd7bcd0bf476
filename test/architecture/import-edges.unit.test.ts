import { describe, expect, it } from 'vitest';
import {
  type Alias,
  importSpecifiers,
  localPath,
  REPOSITORY_ROOT,
  readAliases,
  resolveFile,
} from './import-edges';

const ALIASES: Alias[] = [
  { prefix: '@graph-schema/', target: 'graph-schema/' },
  { prefix: '@server/', target: 'server/' },
];

describe('importSpecifiers', () => {
  it('lists static, type-only, re-export, dynamic and require imports', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from '@graph-schema/model';",
      "export { c } from '../c';",
      "export * from './d';",
      "import './styles.css';",
      "const e = await import('@server/e');",
      "const f = require('./f');",
      "type G = typeof import('./g');",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual([
      './a',
      '@graph-schema/model',
      '../c',
      './d',
      './styles.css',
      '@server/e',
      './f',
      './g',
    ]);
  });
});

describe('localPath', () => {
  it('joins relative specifiers to the importing folder', () => {
    expect(localPath('server/features/fto/routes.ts', '../../platform/errors', ALIASES)).toBe(
      'server/platform/errors',
    );
    expect(localPath('web/src/main.ts', './styles.css', ALIASES)).toBe('web/src/styles.css');
  });

  it('maps aliases to their folder and leaves packages alone', () => {
    expect(localPath('web/src/api/client.ts', '@graph-schema/dto/scope', ALIASES)).toBe(
      'graph-schema/dto/scope',
    );
    expect(localPath('server/app.ts', 'fastify', ALIASES)).toBeNull();
    expect(localPath('server/app.ts', 'node:path', ALIASES)).toBeNull();
  });
});

describe('resolveFile', () => {
  const files = new Set(['server/cache.ts', 'server/platform/index.ts', 'web/src/styles.css', 'db/a.ts']);
  const isFile = (file: string) => files.has(file);

  it('finds the file as bundler resolution does', () => {
    expect(resolveFile('server/cache', isFile)).toBe('server/cache.ts');
    expect(resolveFile('server/platform', isFile)).toBe('server/platform/index.ts');
    expect(resolveFile('web/src/styles.css', isFile)).toBe('web/src/styles.css');
    expect(resolveFile('db/a.js', isFile)).toBe('db/a.ts');
  });

  it('is null for a path that points nowhere', () => {
    expect(resolveFile('server/queries/cache', isFile)).toBeNull();
  });
});

it('reads the aliases from tsconfig.json', () => {
  expect(readAliases(REPOSITORY_ROOT)).toContainEqual({ prefix: '@graph-schema/', target: 'graph-schema/' });
});
