/** The applicant-merge report as text: one block per applicant, one line per spelling. */
import path from 'node:path';
import type { ApplicantMerge, ApplicantMergeReport, MergedSpelling } from './applicant-merges';

const patentsText = (n: number) => `${n} patent${n === 1 ? '' : 's'}`;

function spellingLine(spelling: MergedSpelling, width: number): string {
  const where =
    spelling.files.length === 0
      ? 'no current link (seen in an earlier load)'
      : spelling.files.map((file) => `${path.basename(file.file)} (${file.patents})`).join(', ');
  return `  ${spelling.spelling.padEnd(width)}  ${patentsText(spelling.patents).padEnd(11)}  ${where}`;
}

function applicantBlock(applicant: ApplicantMerge): string[] {
  const width = Math.max(...applicant.spellings.map((spelling) => spelling.spelling.length));
  const head = `${applicant.name}  [key ${applicant.key}, ${applicant.kind}]  ${patentsText(applicant.patents)}, ${applicant.spellings.length} spellings`;
  const unrecorded =
    applicant.patentsWithoutSpelling > 0
      ? [`  (${patentsText(applicant.patentsWithoutSpelling)} loaded before spellings were recorded)`]
      : [];
  return [head, ...applicant.spellings.map((spelling) => spellingLine(spelling, width)), ...unrecorded];
}

export function formatApplicantMerges(report: ApplicantMergeReport): string {
  const cut =
    report.merged > report.shown ? ` (${report.shown} with most patents shown; --limit 0 shows all)` : '';
  const head = `${report.merged} merged applicant${report.merged === 1 ? '' : 's'}${cut}`;
  return [head, ...report.applicants.flatMap((applicant) => ['', ...applicantBlock(applicant)])].join('\n');
}
