import { describe, expect, it } from 'vitest';
import { serverEnvFrom } from './config';

describe('log file settings', () => {
  it('log to stdout by default, with a 20 MB × 5 rotation when turned on', () => {
    const env = serverEnvFrom({});
    expect([env.PATNAV_LOG_FILE, env.PATNAV_LOG_MAX_MB, env.PATNAV_LOG_KEEP]).toEqual(['off', 20, 5]);
    const on = serverEnvFrom({ PATNAV_LOG_FILE: 'on', PATNAV_LOG_MAX_MB: '1.5', PATNAV_LOG_KEEP: '0' });
    expect([on.PATNAV_LOG_FILE, on.PATNAV_LOG_MAX_MB, on.PATNAV_LOG_KEEP]).toEqual(['on', 1.5, 0]);
  });

  it('refuses a bad value naming the setting', () => {
    expect(() => serverEnvFrom({ PATNAV_LOG_KEEP: '-1' })).toThrow(/PATNAV_LOG_KEEP/);
    expect(() => serverEnvFrom({ PATNAV_LOG_FILE: 'yes' })).toThrow(/PATNAV_LOG_FILE/);
  });
});
