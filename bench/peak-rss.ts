/**
 * Peak resident memory while a benchmark step runs: this Node process (its own high-water mark)
 * and every process whose command line names a Neo4j home folder (the server and, for the bulk
 * path, the neo4j-admin importer), sampled from /proc every 250 ms. Linux only; elsewhere 0.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

function rssOf(pid: string): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

function neo4jRss(homeDir: string): number {
  let total = 0;
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(homeDir)) total += rssOf(pid);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return total;
}

export interface PeakRss {
  nodeBytes: number;
  neo4jBytes: number;
}

/**
 * Linux lets a process reset its own high-water mark ("5" to /proc/self/clear_refs), so each step of
 * a run with several steps gets its own peak; elsewhere the peak is the process's since it started.
 */
function resetNodePeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

function nodePeakBytes(sinceReset: boolean): number {
  if (sinceReset) {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Number(kb) * 1024;
  }
  return process.resourceUsage().maxRSS * 1024;
}

export async function withPeakRss<T>(homeDir: string, work: () => Promise<T>): Promise<[T, PeakRss]> {
  const sinceReset = resetNodePeak();
  let neo4jBytes = 0;
  const timer = setInterval(() => {
    neo4jBytes = Math.max(neo4jBytes, neo4jRss(homeDir));
  }, 250);
  try {
    const result = await work();
    return [result, { nodeBytes: nodePeakBytes(sinceReset), neo4jBytes }];
  } finally {
    clearInterval(timer);
  }
}
