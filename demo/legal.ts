/**
 * The life of one application up to the as-of date: publications, examination, grant or refusal,
 * lapse for unpaid fees, expiry. Every date follows from the filing date by a plausible lag, and
 * nothing after the as-of date exists, so the statuses agree with the dates.
 */

import type { LegalStatus } from '@graph-schema/vocabulary/legal-status';
import { addMonths, addYears, type DayNumber } from './dates';
import type { Series } from './numbering';
import type { Rng } from './prng';
import type { DemoLegalEventKind, DemoPatentType, Office } from './types';

export interface PlannedDocument {
  series: Series;
  kind: string;
  date: DayNumber;
  isGrant: boolean;
}

export interface LifecycleEvent {
  kind: DemoLegalEventKind;
  date: DayNumber;
  label: string;
}

export interface Lifecycle {
  /** CN: one merged row per application (A, B or U); elsewhere the A publication and the grant. */
  documents: PlannedDocument[];
  firstPublication: DayNumber;
  grantDate?: DayNumber;
  status: LegalStatus;
  /** Lens status of the grant (or of the application when there is no grant). */
  lensStatus: string;
  validity: string;
  lapseDate?: DayNumber;
  events: LifecycleEvent[];
}

export interface LifecycleInput {
  office: Office;
  patentType: DemoPatentType;
  filing: DayNumber;
  priority: DayNumber;
  /** National-phase entry of a PCT application (publication follows entry, not filing). */
  entry?: DayNumber;
  asOf: DayNumber;
}

type Decision = 'grant' | 'rejection' | 'withdrawal';

const GRANT_SERIES: Partial<Record<Office, Series>> = { US: 'US-B', EP: 'EP-A', JP: 'JP-B', KR: 'KR-B' };
const GRANT_KIND: Partial<Record<Office, string>> = { US: 'B2', EP: 'B1', JP: 'B2', KR: 'B1' };
const GRANT_RATE: Record<Office, number> = { CN: 0.62, US: 0.7, EP: 0.55, WO: 0, JP: 0.6, KR: 0.65 };

function decide(office: Office, rng: Rng): Decision {
  if (rng.chance(GRANT_RATE[office])) return 'grant';
  return rng.chance(0.5) ? 'rejection' : 'withdrawal';
}

/** Yearly chance that a granted right is dropped for unpaid fees, after its first few years. */
function lapseDate(grant: DayNumber, hazard: number, asOf: DayNumber, rng: Rng): DayNumber | undefined {
  for (let year = 3; year < 20; year += 1) {
    const date = addYears(grant, year) + rng.int(0, 180);
    if (date > asOf) return undefined;
    if (rng.chance(hazard)) return date;
  }
  return undefined;
}

function cnUtilityModel(input: LifecycleInput, rng: Rng): Lifecycle {
  const published = addMonths(input.filing, rng.int(4, 10));
  const events: LifecycleEvent[] = [{ kind: 'grant', date: published, label: '授权' }];
  const expiry = addYears(input.filing, 10);
  const lapse = lapseDate(published, 0.09, Math.min(input.asOf, expiry - 1), rng);
  const base = {
    documents: [{ series: 'CN-U' as const, kind: 'U', date: published, isGrant: true }],
    firstPublication: published,
    grantDate: published,
  };
  if (lapse !== undefined) {
    events.push({ kind: 'lapse', date: lapse, label: '未缴年费' });
    return {
      ...base,
      status: 'inactive',
      lensStatus: 'INACTIVE',
      validity: '失效',
      lapseDate: lapse,
      events,
    };
  }
  if (expiry <= input.asOf) {
    events.push({ kind: 'expiry', date: expiry, label: '期限届满' });
    return {
      ...base,
      status: 'inactive',
      lensStatus: 'EXPIRED',
      validity: '失效',
      lapseDate: expiry,
      events,
    };
  }
  return { ...base, status: 'active', lensStatus: 'ACTIVE', validity: '有效', events };
}

function cnInvention(input: LifecycleInput, rng: Rng): Lifecycle {
  const published = input.entry
    ? addMonths(input.entry, rng.int(2, 6))
    : addMonths(input.filing, rng.int(3, 18));
  const examination = Math.min(input.asOf, addMonths(published, rng.int(0, 5)));
  const events: LifecycleEvent[] = [
    { kind: 'publication', date: published, label: '公开' },
    { kind: 'examination', date: examination, label: '实质审查' },
  ];
  const decided = addMonths(Math.max(input.filing, published), rng.int(12, 36));
  const decision = decide('CN', rng);
  const pendingDoc = {
    documents: [{ series: 'CN-A' as const, kind: 'A', date: published, isGrant: false }],
    firstPublication: published,
  };
  if (decided > input.asOf)
    return { ...pendingDoc, status: 'pending', lensStatus: 'PENDING', validity: '审中', events };
  if (decision !== 'grant') {
    const label = decision === 'rejection' ? '驳回' : '撤回';
    events.push({ kind: decision, date: decided, label });
    return {
      ...pendingDoc,
      status: 'inactive',
      lensStatus: 'DISCONTINUED',
      validity: '失效',
      lapseDate: decided,
      events,
    };
  }
  events.push({ kind: 'grant', date: decided, label: '授权' });
  const granted = {
    documents: [{ series: 'CN-A' as const, kind: 'B', date: decided, isGrant: true }],
    firstPublication: published,
    grantDate: decided,
  };
  const lapse = lapseDate(decided, 0.05, input.asOf, rng);
  if (lapse === undefined)
    return { ...granted, status: 'active', lensStatus: 'ACTIVE', validity: '有效', events };
  events.push({ kind: 'lapse', date: lapse, label: '未缴年费' });
  return {
    ...granted,
    status: 'inactive',
    lensStatus: 'INACTIVE',
    validity: '失效',
    lapseDate: lapse,
    events,
  };
}

/** WO publications carry no national status: pending within 30 months of priority, unknown after. */
function pctApplication(input: LifecycleInput, rng: Rng): Lifecycle {
  const published = Math.max(addMonths(input.priority, 18), input.filing + rng.int(20, 60));
  const open = addMonths(input.priority, 30) > input.asOf;
  return {
    documents: [{ series: 'WO-A', kind: 'A1', date: published, isGrant: false }],
    firstPublication: published,
    status: open ? 'pending' : 'unknown',
    lensStatus: open ? 'PENDING' : 'UNKNOWN',
    validity: open ? 'PCT有效期内' : 'PCT有效期满',
    events: [{ kind: 'publication', date: published, label: 'Publication' }],
  };
}

/** US, EP, JP, KR: the application is published, then granted under its own kind (and number). */
function foreignApplication(input: LifecycleInput, rng: Rng): Lifecycle {
  const office = input.office;
  const published = Math.max(addMonths(input.priority, 18), (input.entry ?? input.filing) + rng.int(60, 200));
  const series: Series =
    office === 'US' ? 'US-A' : office === 'EP' ? 'EP-A' : office === 'JP' ? 'JP-A' : 'KR-A';
  const kind = office === 'US' || office === 'EP' ? 'A1' : 'A';
  const documents: PlannedDocument[] = [{ series, kind, date: published, isGrant: false }];
  const events: LifecycleEvent[] = [{ kind: 'publication', date: published, label: 'Publication' }];
  const decided = addMonths(Math.max(published, input.entry ?? input.filing), rng.int(10, 40));
  const decision = decide(office, rng);
  const base = { documents, firstPublication: published, events };
  if (decided > input.asOf) return { ...base, status: 'pending', lensStatus: 'PENDING', validity: '审中' };
  if (decision !== 'grant') {
    events.push({
      kind: decision,
      date: decided,
      label: decision === 'rejection' ? 'Refusal' : 'Withdrawal',
    });
    return { ...base, status: 'inactive', lensStatus: 'DISCONTINUED', validity: '失效', lapseDate: decided };
  }
  documents.push({ series: GRANT_SERIES[office]!, kind: GRANT_KIND[office]!, date: decided, isGrant: true });
  events.push({ kind: 'grant', date: decided, label: 'Grant' });
  const lapse = lapseDate(decided, 0.04, input.asOf, rng);
  if (lapse === undefined)
    return { ...base, grantDate: decided, status: 'active', lensStatus: 'ACTIVE', validity: '有效' };
  events.push({ kind: 'lapse', date: lapse, label: 'Lapse' });
  return {
    ...base,
    grantDate: decided,
    status: 'inactive',
    lensStatus: 'INACTIVE',
    validity: '失效',
    lapseDate: lapse,
  };
}

export function planLifecycle(input: LifecycleInput, rng: Rng): Lifecycle {
  if (input.office === 'CN')
    return input.patentType === 'utility_model' ? cnUtilityModel(input, rng) : cnInvention(input, rng);
  if (input.office === 'WO') return pctApplication(input, rng);
  return foreignApplication(input, rng);
}
