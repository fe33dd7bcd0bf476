import { z } from 'zod';

/** A calendar day `YYYY-MM-DD`: how dates travel outside Neo4j (stored as Neo4j `Date`). */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** Whether `YYYY-MM-DD` names a day that exists: Date.parse rolls 2023-02-31 over to March 3. */
export function isCalendarDay(day: string): boolean {
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

/** A request's date: `YYYY-MM-DD` and a day the calendar has (no 2023-02-31). */
export const CalendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date such as 2025-06-30')
  .refine(isCalendarDay, 'not a calendar date');
