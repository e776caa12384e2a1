import { describe, expect, it } from 'vitest';
import { DecryptionError } from './aead.ts';
import {
  generateDataKey,
  generateRecoveryKey,
  kekFromPassword,
  kekFromRecoveryKey,
  newSalt,
  normaliseRecoveryKey,
  unwrapDataKey,
  wrapDataKey,
} from './keys.ts';

describe('key hierarchy', () => {
  it('wraps the data key with a password-derived key and unwraps it only with the same password', async () => {
    const dataKey = generateDataKey();
    const salt = newSalt();
    const wrapped = wrapDataKey(await kekFromPassword('un mot de passe solide', salt), dataKey, 'user:u1');
    expect(unwrapDataKey(await kekFromPassword('un mot de passe solide', salt), wrapped, 'user:u1').equals(dataKey)).toBe(true);
    const wrong = await kekFromPassword('un mot de passe faux', salt);
    expect(() => unwrapDataKey(wrong, wrapped, 'user:u1')).toThrow(DecryptionError);
  });

  it('binds a wrap to its owner: a wrap copied to another user does not open', async () => {
    const dataKey = generateDataKey();
    const kek = await kekFromPassword('pw', newSalt());
    const wrapped = wrapDataKey(kek, dataKey, 'user:u1');
    expect(() => unwrapDataKey(kek, wrapped, 'user:u2')).toThrow(DecryptionError);
  });

  it('re-wrapping for a new password keeps the same data key', async () => {
    const dataKey = generateDataKey();
    const oldKek = await kekFromPassword('ancien', newSalt());
    const wrapped = wrapDataKey(oldKek, dataKey, 'user:u1');
    const unwrapped = unwrapDataKey(oldKek, wrapped, 'user:u1');
    const newKek = await kekFromPassword('nouveau', newSalt());
    expect(unwrapDataKey(newKek, wrapDataKey(newKek, unwrapped, 'user:u1'), 'user:u1').equals(dataKey)).toBe(true);
  });

  it('salts make equal passwords give different keys', async () => {
    expect((await kekFromPassword('pareil', newSalt())).equals(await kekFromPassword('pareil', newSalt()))).toBe(false);
  });

  it('recovery keys: 32 base32 chars in groups, tolerant to how a person types them', () => {
    const key = generateRecoveryKey();
    expect(key).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(normaliseRecoveryKey(key.toLowerCase().replace(/-/g, ' '))).toBe(key);
    expect(normaliseRecoveryKey('trop court')).toBeNull();
    const dataKey = generateDataKey();
    const wrapped = wrapDataKey(kekFromRecoveryKey(key, 't1'), dataKey, 'recovery:t1');
    expect(unwrapDataKey(kekFromRecoveryKey(key.toLowerCase(), 't1'), wrapped, 'recovery:t1').equals(dataKey)).toBe(true);
    expect(() => unwrapDataKey(kekFromRecoveryKey(generateRecoveryKey(), 't1'), wrapped, 'recovery:t1')).toThrow(DecryptionError);
    expect(() => unwrapDataKey(kekFromRecoveryKey(key, 't2'), wrapped, 'recovery:t1')).toThrow(DecryptionError);
  });
});
