// Creating a business: tenant, owner, data key wrapped twice (password, recovery key).
import { randomUUID } from 'node:crypto';
import type { App } from '../app.ts';
import { conflict } from '../core/errors.ts';
import { GENESIS } from '../core/journal/chain.ts';
import { generateDataKey, generateRecoveryKey, kekFromRecoveryKey, wrapDataKey } from '../crypto/keys.ts';
import { appendJournal } from '../journal/journal.ts';
import { emailIndex, newUserRow } from './identity.ts';
import { passwordMaterial, requireStrongPassword } from './password-hash.ts';
import { openSession } from './session-token.ts';
import type { RequestMeta } from './meta.ts';

export interface SignupInput {
  raisonSociale: string;
  siren?: string | null;
  activite: string;
  adresse?: string | null;
  contactNom: string;
  contactEmail: string;
  nom: string;
  email: string;
  password: string;
}

export async function signUp(app: App, input: SignupInput, meta: RequestMeta, opts: { openSession?: boolean } = { openSession: true }) {
  requireStrongPassword(input.password, [input.email, input.nom, input.raisonSociale]);
  if (await app.repos.authLookup.userByEmailIndex(emailIndex(app, input.email))) {
    throw conflict('EMAIL_UTILISE', 'Un compte existe déjà avec cette adresse e-mail.');
  }
  const tenantId = randomUUID();
  const userId = randomUUID();
  const dataKey = generateDataKey();
  const recoveryKey = generateRecoveryKey();
  const material = await passwordMaterial(input.password, userId, dataKey);
  const now = app.now().toISOString();

  const session = await app.tx(async (repos) => {
    await repos.tenants.insert({
      id: tenantId,
      raison_sociale: input.raisonSociale.trim(),
      siren: input.siren?.replace(/\s/g, '') || null,
      activite: input.activite,
      adresse: input.adresse?.trim() || null,
      contact_nom: input.contactNom.trim(),
      contact_email: input.contactEmail.trim(),
      password_renewal_days: 90,
      recovery_wrapped_key: wrapDataKey(kekFromRecoveryKey(recoveryKey, tenantId), dataKey, `recovery:${tenantId}`),
      journal_seq: 0,
      journal_head: GENESIS,
      created_at: now,
      updated_at: now,
    });
    await repos.users(tenantId).insert(newUserRow(app, { id: userId, tenantId, email: input.email, nom: input.nom, role: 'owner', now, material, signedIn: true }));
    await appendJournal(app, repos, { tenantId, actorId: userId, actorLabel: 'owner', action: 'compte.cree', recordType: 'tenant', recordId: tenantId, ip: meta.ip });
    if (opts.openSession === false) return null;
    return openSession(app, repos, { tenantId, userId, dataKey, stage: 'active', ip: meta.ip, userAgent: meta.userAgent });
  });
  return { tenantId, userId, recoveryKey, session };
}
