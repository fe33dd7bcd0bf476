/**
 * What a merge must satisfy before it is written; each failure is a 400 naming the field. Merges
 * are one level deep — members join an entity that is not itself merged, and an entity with
 * members of its own is not folded into another — so undo always restores what was there before.
 */
import type { MergeInput } from '@graph-schema/dto/applicant-curation';
import { validationFailed } from '@server/platform/errors';
import type { KeyState } from './merge-store';

export function checkMerge(input: MergeInput, states: ReadonlyMap<string, KeyState>): string {
  const target = states.get(input.into);
  if (!target?.exists || target.name === null) throw validationFailed('into', `no applicant ${input.into}`);
  if (target.mergedInto !== null)
    throw validationFailed('into', `already merged into ${target.mergedInto}: merge into that entity`);
  if (new Set(input.members).size !== input.members.length)
    throw validationFailed('members', 'a key is listed twice');
  for (const key of input.members) {
    const state = states.get(key);
    if (key === input.into) throw validationFailed('members', 'the target cannot be its own member');
    if (!state?.exists) throw validationFailed('members', `no applicant ${key}`);
    if (state.mergedInto !== null)
      throw validationFailed('members', `${key} is already merged into ${state.mergedInto}`);
    if (state.members > 0)
      throw validationFailed('members', `${key} has merged spellings of its own: undo that merge first`);
  }
  return target.name;
}
