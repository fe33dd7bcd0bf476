/**
 * Whether the server may start with the given host and auth mode: with accounts off, anyone who
 * can reach the port reads and changes everything, so that is allowed on a loopback address only.
 */
import { isIP } from 'node:net';

export type AuthMode = 'on' | 'off';

/** 127.0.0.0/8, ::1 and `localhost`: addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1' || bare === '0:0:0:0:0:0:0:1' || bare === '::ffff:127.0.0.1';
  return false;
}

/** The message refusing the start, or undefined when the combination is safe. */
export function authStartRefusal(host: string, mode: AuthMode): string | undefined {
  if (mode === 'on' || isLoopbackHost(host)) return undefined;
  return (
    `Refusing to listen on ${host} with PATNAV_AUTH=off: anyone who can reach this address could read ` +
    'and change all data. Either keep accounts on (PATNAV_AUTH=on, the default) or listen on the ' +
    'loopback address only (HOST=127.0.0.1).'
  );
}
