/**
 * The low-precision flag of branches (issue 13): a branch whose rule the open project judged under
 * 80 % precision is marked wherever it is named — the scope bar's branch picker, gap rows, the
 * bubble matrix's and the applicant × branch map's branch axes, the tech-effect rows and the core
 * patents' branch filter. One read per project and chain per page (GET …/precision), forgotten
 * when a judgement is recorded, so the mark follows the review.
 */
import type { Precision } from '@graph-schema/dto/precision';
import { fetchChainPrecision } from '@web/src/api/branch-review';
import type { Translate } from '@web/src/i18n';

export type BranchPrecisions = ReadonlyMap<string, Precision>;

const NONE: BranchPrecisions = new Map();
const loaded = new Map<string, Promise<BranchPrecisions>>();

/** The judged branches of `chain` in `project`; empty without a project or chain, or when the read fails. */
export function loadBranchPrecisions(
  project: string | undefined,
  chain: string | undefined,
): Promise<BranchPrecisions> {
  if (!project || !chain) return Promise.resolve(NONE);
  const key = `${project}|${chain}`;
  let promise = loaded.get(key);
  if (promise === undefined) {
    promise = fetchChainPrecision(project, chain)
      .then((answer) => new Map(answer.branches.map((row) => [row.branch, row.precision])))
      .catch(() => {
        loaded.delete(key);
        return NONE;
      });
    loaded.set(key, promise);
  }
  return promise;
}

/** After a judgement: the next view reads the precisions again. */
export function forgetBranchPrecisions(): void {
  loaded.clear();
}

/** The mark after a branch name: empty unless the branch is judged below 80 %. */
export function lowPrecisionMark(precision: Precision | undefined, t: Translate): string {
  if (precision?.precisionFlag !== 'low' || precision.estimate === null) return '';
  return ` ${t('precision.lowMark', { percent: Math.round(precision.estimate * 100) })}`;
}

/** A branch name with its mark, from the loaded precisions. */
export function flaggedBranchName(
  name: string,
  branchId: string,
  precisions: BranchPrecisions,
  t: Translate,
): string {
  return `${name}${lowPrecisionMark(precisions.get(branchId), t)}`;
}

/**
 * A branch's bilingual name with the mark on the name of the page's language (the one shown; both
 * names are shown in exports, where one mark is enough). Unchanged unless judged under 80 %.
 */
export function flaggedName<N extends { zh: string | null; en: string | null }>(
  name: N,
  branchId: string,
  precisions: BranchPrecisions,
  t: Translate,
  lang: 'zh' | 'en',
): N {
  const mark = lowPrecisionMark(precisions.get(branchId), t);
  if (!mark) return name;
  return { ...name, [lang]: `${name[lang] ?? name.zh ?? name.en ?? branchId}${mark}` };
}
