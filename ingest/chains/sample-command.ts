/**
 * The chains:sample command without its process wiring (see sample-cli.ts), so it can run on
 * in-memory readers in tests.
 *
 * `npm run chains:sample -- <export files…> [--chain ev] [--chain-file my-chain.json]
 *   [--per-branch 25] [--seed 1] [--format lens] [--json]`
 *
 * Reads patent exports, tags them with the built-in chains (plus any user chain file), and prints
 * per-branch counts with a seeded random sample of each leaf branch for hand-checking precision.
 */
import { parseArgs } from 'node:util';
import { formatChainError } from '@graph-schema/chains/schema';
import { type CompiledChains, compileChains, tagRecord } from '@graph-schema/chains/tagger';
import type { ReadResult } from '../record';
import { loadBuiltInAndUserChains } from './load';
import { type TaggedRecord, toTaggedRecord } from './sample';
import { formatSampleReport } from './sample-format';
import { buildSampleReport } from './sample-report';

export type PatentFileReader = (filePath: string, options?: { format?: string }) => AsyncIterable<ReadResult>;

export interface SampleCliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readPatentFile: PatentFileReader;
}

const USAGE =
  'usage: chains:sample -- <export files…> [--chain <id>]… [--chain-file <file.json>]… ' +
  '[--per-branch 25] [--seed 1] [--format <reader>] [--json]';

/** Runs the command; returns the process exit code (0 ok, 1 bad chain file or export file, 2 bad arguments). */
export async function runChainsSample(argv: string[], io: SampleCliIo): Promise<number> {
  const args = parseSampleArgs(argv);
  if ('error' in args) {
    io.stderr(`${args.error}\n${USAGE}\n`);
    return 2;
  }
  const { chains, errors } = await loadBuiltInAndUserChains(args.chainFiles);
  if (errors.length > 0) {
    io.stderr(`${errors.map(formatChainError).join('\n')}\n`);
    return 1;
  }
  const unknown = args.chainIds.filter((id) => !chains.some((loaded) => loaded.chain.id === id));
  if (unknown.length > 0) {
    io.stderr(
      `unknown chain id(s): ${unknown.join(', ')}; known: ${chains.map((c) => c.chain.id).join(', ')}\n`,
    );
    return 2;
  }
  const selected = chains.filter(
    (loaded) => args.chainIds.length === 0 || args.chainIds.includes(loaded.chain.id),
  );
  const compiled = compileChains(selected.map((loaded) => loaded.chain));
  const input = { files: args.files, read: 0, rejected: 0 };
  const tagged: TaggedRecord[] = [];
  for (const file of args.files) {
    const options = args.format ? { format: args.format } : undefined;
    try {
      const result = await tagReadResults(io.readPatentFile(file, options), compiled, tagged);
      input.read += result.read;
      input.rejected += result.rejected;
    } catch (error) {
      // An unreadable file (unknown format, bad container) stops the run: partial counts mislead.
      const message = error instanceof Error ? error.message : String(error);
      io.stderr(`${message.startsWith(file) ? message : `${file}: ${message}`}\n`);
      return 1;
    }
  }
  const report = buildSampleReport(
    tagged,
    compiled.indexes,
    { perBranch: args.perBranch, seed: args.seed },
    input,
  );
  io.stdout(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatSampleReport(report));
  return 0;
}

/** Tags every good record, keeping only the tagged ones (the sample never needs the rest). */
export async function tagReadResults(
  results: AsyncIterable<ReadResult> | Iterable<ReadResult>,
  compiled: CompiledChains,
  into: TaggedRecord[],
): Promise<{ read: number; rejected: number }> {
  let read = 0;
  let rejected = 0;
  for await (const result of results) {
    if (!result.ok) {
      rejected++;
      continue;
    }
    read++;
    const tags = tagRecord(result.record, compiled);
    if (tags.length > 0) into.push(toTaggedRecord(result.record, tags));
  }
  return { read, rejected };
}

interface SampleArgs {
  files: string[];
  chainIds: string[];
  chainFiles: string[];
  perBranch: number;
  seed: number;
  format?: string | undefined;
  json: boolean;
}

export function parseSampleArgs(argv: string[]): SampleArgs | { error: string } {
  let parsed: ReturnType<typeof parseWithNode>;
  try {
    parsed = parseWithNode(argv);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  const perBranch = Number(values['per-branch']);
  const seed = Number(values.seed);
  if (positionals.length === 0) return { error: 'no export files given' };
  if (!Number.isInteger(perBranch) || perBranch < 0)
    return { error: '--per-branch must be a whole number ≥ 0' };
  if (!Number.isInteger(seed)) return { error: '--seed must be a whole number' };
  return {
    files: positionals,
    chainIds: values.chain ?? [],
    chainFiles: values['chain-file'] ?? [],
    perBranch,
    seed,
    format: values.format,
    json: values.json ?? false,
  };
}

function parseWithNode(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      chain: { type: 'string', multiple: true },
      'chain-file': { type: 'string', multiple: true },
      'per-branch': { type: 'string', default: '25' },
      seed: { type: 'string', default: '1' },
      format: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
}
