/**
 * Reading and writing view URL parameters of the navigation views. Pure. The industry chain is
 * not among them: it is the scope filter `chain` (filters.ts), so every view and API call agrees on it.
 */
import { GapsQuery } from '@graph-schema/dto/gaps';

/** An applicant key as the API takes it (the gap analysis's target). */
const APPLICANT_KEY = GapsQuery.shape.applicant;

/** The value when it is one of the choices, else the fallback (bad URLs degrade, never throw). */
export function oneOf<T extends string>(raw: string | undefined, choices: readonly T[], fallback: T): T {
  return (choices as readonly string[]).includes(raw ?? '') ? (raw as T) : fallback;
}

/** The trimmed applicant key, or undefined when the API would not take it (empty, too long). */
export function applicantKey(raw: string | undefined): string | undefined {
  const key = APPLICANT_KEY.safeParse(raw?.trim());
  return key.success ? key.data : undefined;
}

/** `a,b,c` → distinct non-empty keys, at most `max` (the API's own limit). */
export function keyList(raw: string | undefined, max: number): string[] {
  const keys = (raw ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter((key) => APPLICANT_KEY.safeParse(key).success);
  return [...new Set(keys)].slice(0, max);
}

/** The inverse of keyList; an empty list leaves the parameter out of the URL. */
export function keyListParam(keys: readonly string[]): string | undefined {
  return keys.length > 0 ? keys.join(',') : undefined;
}

/** A default value is left out of the URL, so shared links stay short. */
export function unlessDefault<T extends string>(value: T, fallback: T): string | undefined {
  return value === fallback ? undefined : value;
}
