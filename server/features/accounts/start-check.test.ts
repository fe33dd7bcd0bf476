import { describe, expect, it } from 'vitest';
import { authStartRefusal, isLoopbackHost } from './start-check';

describe('starting with accounts off', () => {
  it('is allowed on loopback addresses only', () => {
    for (const host of ['127.0.0.1', '127.0.1.1', 'localhost', '::1', '[::1]'])
      expect(authStartRefusal(host, 'off'), host).toBeUndefined();
  });

  it('is refused on any other address, with a message saying what to do', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'patnav.example.com', '10.0.0.1']) {
      const refusal = authStartRefusal(host, 'off');
      expect(refusal, host).toContain(`Refusing to listen on ${host} with PATNAV_AUTH=off`);
      expect(refusal).toContain('PATNAV_AUTH=on');
      expect(refusal).toContain('HOST=127.0.0.1');
    }
  });

  it('never refuses with accounts on', () => {
    for (const host of ['0.0.0.0', '127.0.0.1', 'patnav.example.com'])
      expect(authStartRefusal(host, 'on')).toBeUndefined();
  });

  it('does not mistake look-alike names for loopback', () => {
    expect(isLoopbackHost('127.0.0.1.example.com')).toBe(false);
    expect(isLoopbackHost('localhost.example.com')).toBe(false);
  });
});
