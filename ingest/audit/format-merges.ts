/** The applicant-merge report as text: one block per applicant, one line per spelling. */
import path from 'node:path';
import type { ApplicantMerge, ApplicantMergeReport, MergedSpelling } from './applicant-merges';

const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const patentsText = (n: number) => counted(n, 'patent');

/** `widths`: of the longest spelling and the longest patent count in the block, so columns line up. */
function spellingLine(spelling: MergedSpelling, widths: { spelling: number; patents: number }): string {
  const where =
    spelling.files.length === 0
      ? 'no current link (seen in an earlier load)'
      : spelling.files.map((file) => `${path.basename(file.file)} (${file.patents})`).join(', ');
  return `  ${spelling.spelling.padEnd(widths.spelling)}  ${patentsText(spelling.patents).padEnd(widths.patents)}  ${where}`;
}

function applicantBlock(applicant: ApplicantMerge): string[] {
  const widths = {
    spelling: Math.max(...applicant.spellings.map((spelling) => spelling.spelling.length)),
    patents: Math.max(...applicant.spellings.map((spelling) => patentsText(spelling.patents).length)),
  };
  const head = `${applicant.name}  [key ${applicant.key}, ${applicant.kind}]  ${patentsText(applicant.patents)}, ${counted(applicant.spellings.length, 'spelling')}`;
  const unrecorded =
    applicant.patentsWithoutSpelling > 0
      ? [`  (${patentsText(applicant.patentsWithoutSpelling)} loaded before spellings were recorded)`]
      : [];
  return [head, ...applicant.spellings.map((spelling) => spellingLine(spelling, widths)), ...unrecorded];
}

export function formatApplicantMerges(report: ApplicantMergeReport): string {
  const cut =
    report.merged > report.shown ? ` (${report.shown} with most patents shown; --limit 0 shows all)` : '';
  const head = `${report.merged} merged applicant${report.merged === 1 ? '' : 's'}${cut}`;
  return [head, ...report.applicants.flatMap((applicant) => ['', ...applicantBlock(applicant)])].join('\n');
}
