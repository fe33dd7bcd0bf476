/** Plain-text rendering of the precision-check report, for analysts reading a terminal. */
import type { BranchReport, ChainReport, SampleReport } from './sample-report';

const INDENT = '  ';

export function formatSampleReport(report: SampleReport): string {
  const { input, options } = report;
  const lines = [
    `Read ${input.read} records (${input.rejected} rejected) from ${input.files.length} file(s).`,
    `Sample: up to ${options.perBranch} hits per leaf branch, seed ${options.seed}. Check each hit by hand;`,
    'a branch whose sample is below 80 % precision needs a tighter rule (classification or keywords).',
  ];
  for (const chain of report.chains) lines.push('', ...formatChain(chain));
  return `${lines.join('\n')}\n`;
}

function formatChain(chain: ChainReport): string[] {
  const lines = [
    `${chain.id} ${chain.name.zh} / ${chain.name.en} (version ${chain.version}): ${counts(chain.counts)}`,
  ];
  for (const segment of chain.segments) {
    lines.push(
      `${INDENT}[${segment.kind}] ${segment.name.zh} / ${segment.name.en}: ${counts(segment.counts)}`,
    );
    for (const branch of segment.branches) lines.push(...formatBranch(branch, 2));
  }
  if (chain.overlaps.length > 0) {
    lines.push(`${INDENT}Warnings: sibling branches should be mutually exclusive within their parent`);
    for (const overlap of chain.overlaps) {
      const [a, b] = overlap.branchIds;
      lines.push(
        `${INDENT.repeat(2)}under ${overlap.parentId}: ${a} and ${b} share ${overlap.records} record(s), e.g. ${overlap.examples.join(', ')}`,
      );
    }
  }
  return lines;
}

function formatBranch(branch: BranchReport, depth: number): string[] {
  const ref = branch.ref ? ` [${branch.ref}]` : '';
  const lines = [
    `${INDENT.repeat(depth)}${branch.id}${ref} ${branch.name.zh} / ${branch.name.en}: ${counts(branch.counts)}`,
  ];
  for (const child of branch.children) lines.push(...formatBranch(child, depth + 1));
  for (const hit of branch.sample ?? []) {
    const evidence = [hit.matchedBy.classification, hit.matchedBy.keyword].filter(Boolean).join(' + ');
    lines.push(
      `${INDENT.repeat(depth + 1)}- ${hit.publicationId}  ${truncate(hit.title, 60)}  (${hit.ruleId}: ${evidence})`,
    );
  }
  return lines;
}

function counts(count: { records: number; families: number }): string {
  return `${count.records} records, ${count.families} families`;
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
