/**
 * Password hashing with Node's scrypt (memory-hard; no extra package): N=2^15, r=8, p=1 (32 MiB per
 * hash, ~50–100 ms), a fresh 16-byte salt per password, 32-byte key. The parameters are stored in
 * the hash string (`scrypt$N$r$p$salt$key`, base64url), so raising them later keeps old hashes valid.
 */
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // maxmem above 128·N·r (32 MiB at the default) or Node refuses the parameters.
  const maxmem = 256 * cost.N * cost.r;
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { ...cost, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string, cost: ScryptCost = COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** False for a wrong password or a hash string this code did not write; compares in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (![cost.N, cost.r, cost.p].every((value) => Number.isInteger(value) && value > 0)) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), cost);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** A secret for a cookie, token or one-time password: 32 random bytes, base64url. */
export const randomSecret = (bytes = 32) => randomBytes(bytes).toString('base64url');

/** What is stored of a session cookie or API token: its sha256, so a database leak gives no usable secret. */
export const secretHash = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * A dummy hash verified when the user does not exist, so a login for an unknown name takes as long
 * as one for a known name (no user enumeration by timing).
 */
let dummyHash: Promise<string> | undefined;
export const timingDummyHash = () => {
  dummyHash ??= hashPassword(randomSecret());
  return dummyHash;
};
