import { hash, verify } from '@node-rs/argon2';
import { ARGON2_PARAMS, kekFromPassword, newSalt, wrapDataKey } from '../crypto/keys.ts';
import { assessPassword } from '../core/security/password-policy.ts';
import { invalid } from '../core/errors.ts';

export async function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), ARGON2_PARAMS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password.normalize('NFC'));
  } catch {
    return false;
  }
}

// Verifying against a fixed hash when the account does not exist keeps response times
// equal, so timing does not reveal which e-mails have an account.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('rempart-compte-inexistant');
  await verifyPassword(await dummyHash, password);
}

export function requireStrongPassword(password: string, userInputs: string[]): void {
  const a = assessPassword(password, userInputs);
  if (!a.acceptable) {
    throw invalid('MOT_DE_PASSE_FAIBLE', `Mot de passe trop faible. ${a.warning}`.trim(), { suggestions: a.suggestions, score: a.score });
  }
}

/** New password material for a user: PHC hash, KEK salt and the data key wrapped for this user. */
export async function passwordMaterial(password: string, userId: string, dataKey: Buffer | null) {
  const salt = newSalt();
  const [passwordHash, kek] = await Promise.all([hashPassword(password), kekFromPassword(password, salt)]);
  return {
    password_hash: passwordHash,
    kek_salt: salt,
    wrapped_data_key: dataKey ? wrapDataKey(kek, dataKey, `user:${userId}`) : null,
  };
}
