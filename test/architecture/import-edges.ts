/**
 * Reads the import edges of the repository: every TypeScript file git knows of (tracked, or new
 * and not ignored), its imports as `ts.preProcessFile` lists them (static imports, `import type`,
 * `export … from`, `import()`, `require()`), each local specifier resolved to a file with the
 * path aliases of tsconfig.json. Package imports (`node:fs`, `zod`) are not edges.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { ImportEdge } from './violation';

export const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Build output, caches and local stores are never scanned, even if git was told about them. */
const SKIPPED_FOLDERS = ['node_modules', 'dist', '.cache', '.patnav'];
const SOURCE_FILE = /\.[cm]?tsx?$/;

/** A tsconfig `compilerOptions.paths` entry `"@server/*": ["./server/*"]` as `@server/` → `server/`. */
export interface Alias {
  prefix: string;
  target: string;
}

export function readAliases(root: string): Alias[] {
  const { config, error } = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const paths: Record<string, string[]> = config.compilerOptions?.paths ?? {};
  return Object.entries(paths).map(([pattern, targets]) => {
    const target = targets[0];
    if (!pattern.endsWith('/*') || targets.length !== 1 || !target?.endsWith('/*')) {
      throw new Error(`tsconfig paths: only "@x/*": ["./x/*"] is understood here, not "${pattern}"`);
    }
    return { prefix: pattern.slice(0, -1), target: path.posix.normalize(target.slice(0, -1)) };
  });
}

/** The repository path a local specifier points at (before extensions), or null for a package. */
export function localPath(from: string, specifier: string, aliases: readonly Alias[]): string | null {
  if (specifier.startsWith('.')) return path.posix.join(path.posix.dirname(from), specifier);
  const alias = aliases.find((candidate) => specifier.startsWith(candidate.prefix));
  return alias ? alias.target + specifier.slice(alias.prefix.length) : null;
}

/** The file a path resolves to as in tsc's and Vite's bundler resolution, or null. */
export function resolveFile(base: string, isFile: (file: string) => boolean): string | null {
  const candidates = [
    `${base}.ts`,
    `${base}.tsx`,
    `${base}.d.ts`,
    base, // assets and JSON: ./styles.css, ./pagerank-reference.json
    `${base}/index.ts`,
    `${base}/index.tsx`,
    ...(base.endsWith('.js') ? [`${base.slice(0, -3)}.ts`] : []),
  ];
  return candidates.find(isFile) ?? null;
}

/** The specifiers a source text imports, type-only and dynamic imports included. */
export function importSpecifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
}

/** Every file git knows of that exists on disk, repository-relative. */
function repositoryFiles(root: string): string[] {
  const listing = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return listing
    .split('\0')
    .filter((file) => file !== '' && !file.split('/').some((segment) => SKIPPED_FOLDERS.includes(segment)))
    .filter((file) => existsSync(path.join(root, file))); // deleted in the work tree, not yet staged
}

export function readImportEdges(root: string = REPOSITORY_ROOT): ImportEdge[] {
  const files = repositoryFiles(root);
  const known = new Set(files);
  const aliases = readAliases(root);
  return files
    .filter((file) => SOURCE_FILE.test(file))
    .flatMap((from) => {
      const text = readFileSync(path.join(root, from), 'utf8');
      return importSpecifiers(text).flatMap((specifier) => {
        const base = localPath(from, specifier, aliases);
        return base === null ? [] : [{ from, specifier, to: resolveFile(base, (file) => known.has(file)) }];
      });
    });
}
