/**
 * Loads chain definition files: the built-in ones shipped in `definitions/`, and any file or
 * folder a user adds. Problems are returned (file + JSON path + reason), never thrown, so one
 * broken user file does not hide the others.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ChainDefinition,
  type ChainDefinitionError,
  validateChainDefinition,
} from '@graph-schema/chains/schema';

export const BUILT_IN_CHAINS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'definitions');

export interface LoadedChain {
  file: string;
  chain: ChainDefinition;
}

export interface ChainLoadResult {
  chains: LoadedChain[];
  errors: ChainDefinitionError[];
}

/**
 * Loads every `*.json` in the given folders (sorted by name) and every given file, in argument
 * order. A chain id used twice is an error on the later file: tags carry only the chain id.
 */
export async function loadChainDefinitions(dirOrFiles: string | readonly string[]): Promise<ChainLoadResult> {
  const entries = typeof dirOrFiles === 'string' ? [dirOrFiles] : dirOrFiles;
  const result: ChainLoadResult = { chains: [], errors: [] };
  for (const file of await expandToFiles(entries, result.errors)) {
    const loaded = await loadChainFile(file);
    if (!loaded.ok) {
      result.errors.push(...loaded.errors);
      continue;
    }
    const earlier = result.chains.find((known) => known.chain.id === loaded.chain.id);
    if (earlier) {
      const message = `chain id "${loaded.chain.id}" is already defined in ${earlier.file}`;
      result.errors.push({ file, path: 'id', message });
      continue;
    }
    result.chains.push({ file, chain: loaded.chain });
  }
  return result;
}

/** The shipped chains plus the user's own files or folders. */
export function loadBuiltInAndUserChains(userPaths: readonly string[] = []): Promise<ChainLoadResult> {
  return loadChainDefinitions([BUILT_IN_CHAINS_DIR, ...userPaths]);
}

export async function loadChainFile(
  file: string,
): Promise<{ ok: true; chain: ChainDefinition } | { ok: false; errors: ChainDefinitionError[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, errors: [{ file, path: '', message: `cannot read file: ${errorMessage(error)}` }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ file, path: '', message: `invalid JSON: ${errorMessage(error)}` }] };
  }
  return validateChainDefinition(json, file);
}

async function expandToFiles(entries: readonly string[], errors: ChainDefinitionError[]): Promise<string[]> {
  const files: string[] = [];
  for (const entry of entries) {
    const kind = await stat(entry).then(
      (info) => (info.isDirectory() ? 'dir' : 'file'),
      () => 'missing' as const,
    );
    if (kind === 'missing') errors.push({ file: entry, path: '', message: 'no such file or folder' });
    else if (kind === 'file') files.push(entry);
    else {
      const names = (await readdir(entry)).filter((name) => name.endsWith('.json')).sort();
      files.push(...names.map((name) => path.join(entry, name)));
    }
  }
  return files;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
