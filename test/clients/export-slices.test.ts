// Exporting a large file: the same bytes as a one-piece write, made a slice at a time with the
// event loop turning in between (other requests, of every tenant, go on meanwhile).
import { describe, expect, it } from 'vitest';
import { CLI_META } from '../../src/accounts/meta.ts';
import { signUp } from '../../src/accounts/signup.ts';
import { unlockWithRecoveryKey, type Actor } from '../../src/accounts/team.ts';
import { exportClients, toJson } from '../../src/clients/export.ts';
import { startImport } from '../../src/clients/import/service.ts';
import { createTestApp } from '../helpers/app.ts';

/** How many times a 10 ms timer fires while `work` runs. */
async function ticksDuring(work: () => Promise<unknown>): Promise<number> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 10);
  try {
    await Promise.resolve().then(work);
    return ticks;
  } finally {
    clearInterval(timer);
  }
}

describe('toJson', () => {
  it('writes what JSON.stringify(…, null, 2) writes, whatever the number of clients', async () => {
    const head = { format: 'rempart.clients', version: 1, exporteLe: '2026-12-02T10:00:00.000Z', responsableDuTraitement: null };
    for (const n of [0, 1, 2500]) {
      const clients = Array.from({ length: n }, (_, i) => ({
        id: `c${i}`,
        nom: i === 1 ? 'Lefèvre\n"Anaïs"\u2028' : `Nom${i}`,
        emails: i % 2 ? [] : [`a${i}@exemple.fr`, `b${i}@exemple.fr`],
        address: i % 3 ? null : { lignes: ['2 quai des Marins', 'Bât. B'], codePostal: '01000' },
        marketingConsent: { given: true, at: '2024-03-01' },
        documents: i % 5 ? [] : [{ kind: 'facture', size: 16 }],
      }));
      expect((await toJson(head, clients)).toString('utf8')).toBe(JSON.stringify({ ...head, clients }, null, 2));
    }
  });
});

describe('exportClients', () => {
  it('opens and writes a file of 5 000 clients with the event loop turning, in every format', async () => {
    const t = await createTestApp('sqlite');
    try {
      const s = await signUp(t.app, { raisonSociale: 'Atelier Export SARL', activite: 'autre', contactNom: 'Anne Export', contactEmail: 'rgpd@exemple.fr', nom: 'Anne Export', email: 'anne.export@exemple.fr', password: 'cheval-agrafe-batterie-correct' }, CLI_META, { openSession: false });
      const actor: Actor = { sessionId: 'test', tenantId: s.tenantId, userId: s.userId, stage: 'active', dataKey: await unlockWithRecoveryKey(t.app, s.tenantId, s.recoveryKey), role: 'owner' };
      const lines = ['Nom;Prénom;E-mail;Téléphone;Notes'];
      for (let i = 0; i < 5000; i++) lines.push(`Lefèvre${i};Anaïs;anais${i}@exemple.fr;06 12 34 ${String(i % 100).padStart(2, '0')} 78;à rappeler`);
      const job = await startImport(t.app, actor, Buffer.from(lines.join('\r\n')), {}, CLI_META);
      await job.finished;
      expect(job.result?.importes).toBe(5000);
      for (const format of ['csv', 'xlsx', 'json'] as const) {
        let size = 0;
        expect(await ticksDuring(async () => (size = (await exportClients(t.app, actor, format, null, CLI_META)).body.length)), format).toBeGreaterThanOrEqual(3);
        expect(size).toBeGreaterThan(5000 * 50);
      }
    } finally {
      await t.cleanup();
    }
  });
});
