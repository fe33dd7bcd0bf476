import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './login-limiter';

describe('the login limiter', () => {
  it('locks a user and address after 5 failures within a minute, until the oldest is a minute old', () => {
    let now = 1_000_000;
    const limiter = new LoginLimiter({ maxFailures: 5, windowMs: 60_000 }, () => now);
    for (let i = 0; i < 5; i++) {
      expect(limiter.retryAfterSeconds('alice', '10.0.0.1')).toBe(0);
      limiter.recordFailure('alice', '10.0.0.1');
      now += 1000;
    }
    expect(limiter.retryAfterSeconds('alice', '10.0.0.1')).toBe(55);
    // Another address, or another user from the same address, is counted separately.
    expect(limiter.retryAfterSeconds('alice', '10.0.0.2')).toBe(0);
    expect(limiter.retryAfterSeconds('bob', '10.0.0.1')).toBe(0);
    now += 55_000;
    expect(limiter.retryAfterSeconds('alice', '10.0.0.1')).toBe(0);
  });

  it('forgets the failures after a successful login', () => {
    const limiter = new LoginLimiter({ maxFailures: 2, windowMs: 60_000 });
    limiter.recordFailure('alice', 'ip');
    limiter.recordSuccess('alice', 'ip');
    limiter.recordFailure('alice', 'ip');
    expect(limiter.retryAfterSeconds('alice', 'ip')).toBe(0);
  });
});
