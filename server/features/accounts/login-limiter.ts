/**
 * Failed-login limit per user name and client address: 5 failures within a minute lock that pair
 * until the oldest failure is a minute old. In memory: one process serves PatNav, and a restart
 * forgetting the count is acceptable (it costs an attacker a restart they cannot cause).
 */
export interface LimiterSettings {
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMIT: LimiterSettings = { maxFailures: 5, windowMs: 60_000 };

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly settings: LimiterSettings = DEFAULT_LOGIN_LIMIT,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.settings.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Seconds until the pair may try again; 0 when it may try now. */
  retryAfterSeconds(user: string, ip: string): number {
    const recent = this.recent(`${user}\n${ip}`);
    if (recent.length < this.settings.maxFailures) return 0;
    const oldest = recent[0]!;
    return Math.max(1, Math.ceil((oldest + this.settings.windowMs - this.now()) / 1000));
  }

  recordFailure(user: string, ip: string): void {
    const key = `${user}\n${ip}`;
    this.failures.set(key, [...this.recent(key), this.now()]);
  }

  recordSuccess(user: string, ip: string): void {
    this.failures.delete(`${user}\n${ip}`);
  }
}
