import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { FieldCipher } from './field.ts';
import { DecryptionError, open, seal } from './aead.ts';

const ctx = { tenantId: 't1', table: 'clients', column: 'email', rowId: 'r1' };

describe('field encryption', () => {
  const cipher = new FieldCipher(randomBytes(32));

  it('round-trips unicode values and never stores the clear text', () => {
    const value = 'Amélie Poulain <amelie@exemple.fr> ☎ 06 12 34 56 78';
    const stored = cipher.encrypt(ctx, value);
    expect(stored.startsWith('v1:')).toBe(true);
    expect(stored).not.toContain('amelie');
    expect(cipher.decrypt(ctx, stored)).toBe(value);
  });

  it('uses a fresh IV each time', () => {
    expect(cipher.encrypt(ctx, 'x')).not.toBe(cipher.encrypt(ctx, 'x'));
  });

  it('detects any flipped byte of the ciphertext', () => {
    const raw = Buffer.from(cipher.encrypt(ctx, 'secret value').slice(3), 'base64');
    for (let i = 0; i < raw.length; i++) {
      const copy = Buffer.from(raw);
      copy[i] = copy[i]! ^ 0x01;
      expect(() => cipher.decrypt(ctx, 'v1:' + copy.toString('base64'))).toThrow(DecryptionError);
    }
  });

  it('refuses a ciphertext moved to another tenant, table, column or row', () => {
    const stored = cipher.encrypt(ctx, 'secret');
    for (const other of [{ ...ctx, tenantId: 't2' }, { ...ctx, table: 'users' }, { ...ctx, column: 'nom' }, { ...ctx, rowId: 'r2' }]) {
      expect(() => cipher.decrypt(other, stored)).toThrow('altérées');
    }
  });

  it('refuses the wrong key', () => {
    const other = new FieldCipher(randomBytes(32));
    expect(() => other.decrypt(ctx, cipher.encrypt(ctx, 'secret'))).toThrow(DecryptionError);
  });

  it('refuses truncated or garbage input', () => {
    expect(() => cipher.decrypt(ctx, 'v1:')).toThrow(DecryptionError);
    expect(() => cipher.decrypt(ctx, 'nonsense')).toThrow(DecryptionError);
    expect(() => open(randomBytes(32), Buffer.from([2, 1, 2]), 'x')).toThrow(DecryptionError);
  });

  it('null and empty values stay null', () => {
    expect(cipher.encryptNullable(ctx, '')).toBeNull();
    expect(cipher.decryptNullable(ctx, null)).toBeNull();
  });
});

describe('blind indexes', () => {
  const key = randomBytes(32);
  const a = new FieldCipher(key);
  const b = new FieldCipher(key);
  const idx = { tenantId: 't1', table: 'clients', column: 'email' };

  it('are deterministic for one key and scope', () => {
    expect(a.blindIndex(idx, 'jean@exemple.fr')).toBe(b.blindIndex(idx, 'jean@exemple.fr'));
    expect(a.blindIndex(idx, 'jean@exemple.fr')).not.toBe(a.blindIndex(idx, 'jeanne@exemple.fr'));
  });

  it('differ between tenants, columns and keys, so they cannot be linked', () => {
    const v = 'jean@exemple.fr';
    expect(a.blindIndex(idx, v)).not.toBe(a.blindIndex({ ...idx, tenantId: 't2' }, v));
    expect(a.blindIndex(idx, v)).not.toBe(a.blindIndex({ ...idx, column: 'email2' }, v));
    expect(a.blindIndex(idx, v)).not.toBe(new FieldCipher(randomBytes(32)).blindIndex(idx, v));
  });

  it('do not reveal the value', () => {
    expect(a.blindIndex(idx, 'jean@exemple.fr')).not.toMatch(/jean/);
  });
});

describe('seal/open', () => {
  it('rejects a key of the wrong size', () => {
    expect(() => seal(randomBytes(16), Buffer.from('x'), '')).toThrow();
  });
});
