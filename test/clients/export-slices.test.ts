// Exporting a large file, a slice at a time with the event loop turning in between (other
// requests, of every tenant, go on meanwhile); src/util/pretty-json.test.ts checks the JSON's bytes.
import { describe, expect, it } from 'vitest';
import { CLI_META } from '../../src/accounts/meta.ts';
import { signUp } from '../../src/accounts/signup.ts';
import { unlockWithRecoveryKey, type Actor } from '../../src/accounts/team.ts';
import { exportClients } from '../../src/clients/export.ts';
import { startImport } from '../../src/clients/import/service.ts';
import { createTestApp } from '../helpers/app.ts';
import { ticksDuring } from '../helpers/event-loop.ts';

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
