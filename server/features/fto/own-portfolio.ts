/** The client's own patents in an FTO screening: labelled or left out, never silently. */
import type { OwnPortfolio } from '@graph-schema/dto/fto';

export interface CandidateApplicant {
  readonly key: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** Case, spacing and punctuation do not tell applicants apart here ("Skyward Robotics Ltd." = "skyward robotics ltd"). */
const normalise = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Whether any applicant of a patent is one the request names (by party key, name or any spelling). */
export function ownPortfolioMatcher(portfolio: OwnPortfolio | undefined) {
  if (!portfolio) return () => false;
  const keys = new Set(portfolio.applicants);
  const names = new Set(portfolio.applicants.map(normalise));
  return (applicants: readonly CandidateApplicant[]) =>
    applicants.some(
      (applicant) =>
        keys.has(applicant.key) ||
        [applicant.name, ...applicant.aliases].some((name) => names.has(normalise(name))),
    );
}
