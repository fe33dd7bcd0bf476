import { describe, expect, it } from 'vitest';
import { hashPassword, secretHash, verifyPassword } from './password';

describe('password hashing (scrypt)', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterz', stored)).toBe(false);
  });

  it('salts each hash: the same password hashes differently twice', async () => {
    const [a, b] = await Promise.all([hashPassword('same password!'), hashPassword('same password!')]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password!', b)).toBe(true);
  });

  it('reads the cost from the stored string, so older parameters keep verifying', async () => {
    const cheap = await hashPassword('old password 1', { N: 1024, r: 8, p: 1 });
    expect(cheap.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await verifyPassword('old password 1', cheap)).toBe(true);
  });

  it('rejects hash strings it did not write instead of throwing', async () => {
    for (const stored of ['', 'plain', 'bcrypt$x$y', 'scrypt$abc$8$1$c2FsdA$a2V5'])
      expect(await verifyPassword('anything', stored)).toBe(false);
  });

  it('stores secrets as sha256 hex', () => {
    expect(secretHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
