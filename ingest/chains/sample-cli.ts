/**
 * Entry point of `npm run chains:sample -- <export files…> [--chain ev] [--chain-file my-chain.json]
 *   [--per-branch 25] [--seed 1] [--format lens] [--json]`: wires the command to the process and
 * to the shared patent readers. The command itself is in sample-command.ts.
 */
import { pathToFileURL } from 'node:url';
import { FORMAT_IDS, isFormatId, readPatentFile } from '../read';
import { runChainsSample } from './sample-command';

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runChainsSample(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readPatentFile: (filePath, options) => {
      const format = options?.format;
      if (format === undefined) return readPatentFile(filePath);
      if (!isFormatId(format))
        throw new Error(`unknown --format "${format}"; known: ${FORMAT_IDS.join(', ')}`);
      return readPatentFile(filePath, { format });
    },
  });
}
