import { describe, expect, it } from 'vitest';
import { formatDataVersion, parseDataVersion } from './data-version';

describe('data version fingerprint', () => {
  it('round-trips the four parts the server writes', () => {
    const parts = { runs: 3, lastIngestAt: '2026-12-05T02:11:09.123Z', patents: 145853, changes: 2 };
    const version = formatDataVersion(parts);
    expect(version).toBe('3|2026-12-05T02:11:09.123Z|145853|2');
    expect(parseDataVersion(version)).toEqual(parts);
  });

  it('reads an empty graph (no run yet) with a null load time', () => {
    expect(parseDataVersion('0||0|0')).toEqual({ runs: 0, lastIngestAt: null, patents: 0, changes: 0 });
  });

  it('gives null for a hashed version, an older three-part one and other text', () => {
    expect(parseDataVersion('v-0123456789ab')).toBeNull();
    expect(parseDataVersion('1|2026-11-20T10:00:00Z|4543')).toBeNull();
    expect(parseDataVersion('a|b|c|d')).toBeNull();
    expect(parseDataVersion('')).toBeNull();
  });
});
