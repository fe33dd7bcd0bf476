/**
 * CPU seconds a process has used (user + system), from Linux's /proc/<pid>/stat, so a benchmark
 * on a shared machine can compare the work Neo4j did for a load, which other processes' load does
 * not inflate the way it inflates wall time. Off Linux, or when the process is gone: null.
 */
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's times (USER_HZ: 100 on every Linux build Node supports). */
const TICKS_PER_SECOND = 100;

/** utime + stime (fields 14 and 15) of a /proc/<pid>/stat text, in seconds. */
export function parseProcStatCpu(stat: string): number | null {
  // The command name (field 2) may hold spaces and parentheses: fields are counted after its ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  return Number.isFinite(user) && Number.isFinite(system) ? (user + system) / TICKS_PER_SECOND : null;
}

export function processCpuSeconds(pid: number): number | null {
  try {
    return parseProcStatCpu(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return null;
  }
}
