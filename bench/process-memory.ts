/**
 * Resident memory of a process from Linux's /proc/<pid>/status: VmRSS (now) and VmHWM (the peak
 * since the process started), so a benchmark can quote the RSS of the server and of Neo4j
 * (docs/scaling.md). Off Linux, or when the process is gone, the figures are null.
 */
import { readFileSync } from 'node:fs';

export interface ProcessMemory {
  rssMiB: number | null;
  peakRssMiB: number | null;
}

const kibToMiB = (kib: number) => Math.round(kib / 1024);

/** Reads VmRSS and VmHWM (kB) from a /proc status text. */
export function parseProcStatus(status: string): ProcessMemory {
  const field = (name: string) => {
    const match = new RegExp(`^${name}:\\s+(\\d+)\\s+kB$`, 'm').exec(status);
    return match ? kibToMiB(Number(match[1])) : null;
  };
  return { rssMiB: field('VmRSS'), peakRssMiB: field('VmHWM') };
}

export function processMemory(pid: number): ProcessMemory {
  try {
    return parseProcStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return { rssMiB: null, peakRssMiB: null };
  }
}

/** One report line: `label pid N: RSS a MiB, peak b MiB`. */
export function memoryLine(label: string, pid: number): string {
  const { rssMiB, peakRssMiB } = processMemory(pid);
  const mib = (value: number | null) => (value === null ? 'n/a' : `${value.toLocaleString('en-US')} MiB`);
  return `${label} (pid ${pid}): RSS ${mib(rssMiB)}, peak ${mib(peakRssMiB)}`;
}
