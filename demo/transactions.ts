/**
 * Transfers, licences, pledges and litigation on granted CN rights: rare events that the high-value
 * presets score (PatSnap counts any of them), dated between grant and lapse or the as-of date.
 */
import type { ApplicantRegistry } from './applicants';
import type { DayNumber } from './dates';
import type { PlannedMember, PlannedTransaction, TransactionKind } from './plan-family';
import type { Rng } from './prng';
import { PLEDGEES } from './vocabulary';

const RATES: readonly (readonly [TransactionKind, number])[] = [
  ['transfer', 0.06],
  ['licence', 0.03],
  ['pledge', 0.025],
  ['litigation', 0.012],
];

function counterparty(kind: TransactionKind, lead: number, registry: ApplicantRegistry, rng: Rng): number {
  if (kind === 'pledge') return rng.int(0, PLEDGEES.length - 1);
  // Dominant companies (indices 0–7) buy, license and get sued more often than the tail.
  const candidate = rng.chance(0.4) ? rng.int(0, 7) : rng.pick(registry.companies);
  return candidate === lead ? rng.pick(registry.companies) : candidate;
}

export function planTransactions(
  member: PlannedMember,
  lead: number,
  registry: ApplicantRegistry,
  asOf: DayNumber,
  rng: Rng,
): PlannedTransaction[] {
  const grant = member.lifecycle.grantDate;
  if (member.office !== 'CN' || grant === undefined) return [];
  const end = Math.min(asOf, member.lifecycle.lapseDate ?? asOf);
  if (end <= grant + 30) return [];
  // Litigation is three times likelier for the dominant companies: they hold the walls.
  const boost = lead < 8 ? 3 : 1;
  return RATES.filter(([kind, rate]) => rng.chance(kind === 'litigation' ? rate * boost : rate)).map(
    ([kind]) => ({
      kind,
      date: rng.int(grant + 30, end),
      counterparty: counterparty(kind, lead, registry, rng),
    }),
  );
}
