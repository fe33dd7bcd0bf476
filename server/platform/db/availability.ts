/**
 * Fast answers during a database outage. Once a query has failed because Neo4j is unreachable,
 * the database counts as down: each API request then first asks the driver for a connection with a
 * short deadline (one probe shared by all requests of the same moment) and answers 503 at once
 * when there is none, instead of letting every request wait out connection attempts and retries
 * (5.5–8.7 s each before). The first successful probe marks the database up again.
 */
import type { Database } from '@graph-schema/db/driver';

/** Longest a probe may take; a 503 during an outage answers within about this. */
export const PROBE_DEADLINE_MS = 700;
/** Requests within this long of a probe reuse its answer. */
const PROBE_REUSE_MS = 500;

export class DatabaseAvailability {
  private down = false;
  private probe: Promise<boolean> | undefined;
  private probedAt = 0;

  constructor(private readonly db: Database) {}

  markDown(): void {
    this.down = true;
  }

  /** True when queries may run: not known to be down, or a fresh probe reached the database. */
  async reachable(): Promise<boolean> {
    if (!this.down) return true;
    if (!this.probe || Date.now() - this.probedAt > PROBE_REUSE_MS) {
      this.probedAt = Date.now();
      this.probe = this.connects();
    }
    const reached = await this.probe;
    if (reached) this.down = false;
    return reached;
  }

  private async connects(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), PROBE_DEADLINE_MS);
    });
    const attempt = this.db.driver.verifyConnectivity({ database: this.db.database }).then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([attempt, deadline]);
    } finally {
      clearTimeout(timer);
    }
  }
}
