/**
 * Legal status: the one list every part of PatNav uses. A Patent node's `legalStatus` is one of
 * these four; ingest maps every exporter's wording onto them. Why an inactive patent is inactive
 * is a second, finer property (`inactiveReason`), set only when the source says, so the four-way
 * status stays comparable across sources that give no reason.
 */
import { z } from 'zod';

export const LEGAL_STATUSES = ['active', 'pending', 'inactive', 'unknown'] as const;
export const LegalStatus = z.enum(LEGAL_STATUSES);
export type LegalStatus = z.infer<typeof LegalStatus>;

/**
 * Why a patent or application is no longer in force: its term ran out (`expired`), it was dropped
 * for unpaid fees (`lapsed`), invalidated or revoked (`revoked`), withdrawn or abandoned by the
 * applicant (`withdrawn`), or refused by the office (`refused`). A WO publication is an
 * international (PCT) application, never in force itself (`international_application`): rights
 * come from its national/regional phase entries, which are records of their own.
 */
export const INACTIVE_REASONS = [
  'expired',
  'lapsed',
  'revoked',
  'withdrawn',
  'refused',
  'international_application',
] as const;
export const InactiveReason = z.enum(INACTIVE_REASONS);
export type InactiveReason = z.infer<typeof InactiveReason>;

/** The most specific word for a status: an inactive patent's reason when known, else its status. */
export type LegalStatusWord = LegalStatus | InactiveReason;

export function legalStatusWord(status: LegalStatus, reason?: InactiveReason | null): LegalStatusWord {
  return status === 'inactive' && reason ? reason : status;
}
