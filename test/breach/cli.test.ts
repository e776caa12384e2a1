// `rempart breach --file incident.json --email …`: records and assesses an incident for
// automation; a bad file writes nothing and exits 1 with a French error.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, defaultConfig, type App } from '../../src/app.ts';
import { emailIndex } from '../../src/accounts/identity.ts';
import { STRONG_PASSWORD } from '../helpers/http.ts';
import { lostLaptop } from './fixtures.ts';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'rempart-cli-breach-'));
const OWNER = 'claire@atelier-durand.example';

async function rempart(args: string[], env: Record<string, string> = {}) {
  try {
    const r = await run(process.execPath, ['bin/rempart.js', ...args], { env: { ...process.env, REMPART_DATA: dataDir, DATABASE_URL: '', REMPART_PASSWORD: '', REMPART_RECOVERY_KEY: '', ...env } });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function withApp<T>(fn: (app: App) => Promise<T>): Promise<T> {
  const app = await createApp({ ...defaultConfig({}), dataDir });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}

async function breachCount(): Promise<{ breaches: number; journal: string[] }> {
  return withApp(async (app) => {
    const owner = (await app.repos.authLookup.userByEmailIndex(emailIndex(app, OWNER)))!;
    const journal = await app.repos.journal.all(owner.tenant_id);
    return { breaches: (await app.repos.breaches(owner.tenant_id).list()).length, journal: journal.map((j) => j.action).filter((a) => a.startsWith('violation.')) };
  });
}

function file(name: string, content: string): string {
  const path = join(dataDir, name);
  writeFileSync(path, content);
  return path;
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('rempart breach', () => {
  let recoveryKey = '';

  beforeAll(async () => {
    const r = await rempart(['admin', 'create-tenant', '--raison-sociale', 'Atelier Durand', '--email', OWNER, '--nom', 'Claire Durand'], { REMPART_PASSWORD: STRONG_PASSWORD });
    expect(r.code, r.stderr).toBe(0);
    recoveryKey = /([0-9A-Z]{4}-){7}[0-9A-Z]{4}/.exec(r.stdout)![0];
  }, 60_000);

  it('records and assesses an incident, printing the decision and its reasons in French', async () => {
    const path = file('perte.json', JSON.stringify(lostLaptop(new Date())));
    const r = await rempart(['breach', '--file', path, '--email', OWNER], { REMPART_PASSWORD: STRONG_PASSWORD });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Incident enregistré dans le registre des violations');
    expect(r.stdout).toContain('(Ordinateur portable perdu dans le train)');
    expect(r.stdout).toMatch(/Gravité : (faible|moyenne|élevée|très élevée) \(score [\d,]+, méthode ENISA\)/);
    expect(r.stdout).toContain('Notifier la CNIL : oui');
    expect(r.stdout).toMatch(/Délai de 72 heures : Il reste 6[12] h \d\d min/);
    expect(r.stdout).toContain('article 33.5');
    expect(await breachCount()).toEqual({ breaches: 1, journal: ['violation.creee', 'violation.evaluee'] });
  }, 60_000);

  it('prints JSON with the recovery key instead of the password', async () => {
    const path = file('partiel.json', JSON.stringify({ titre: 'Rançongiciel', awareAt: new Date(Date.now() - 3_600_000).toISOString(), nature: ['disponibilite', 'confidentialite'] }));
    const r = await rempart(['breach', '--file', path, '--email', OWNER, '--format', 'json'], { REMPART_RECOVERY_KEY: recoveryKey });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.violation).toMatchObject({ statut: 'assessed', titre: 'Rançongiciel', notifierCnil: true });
    expect(out.violation.decision.cnil).toMatchObject({ uncertain: true });
    expect(out.violation.manquants.length).toBeGreaterThan(0);
    expect((await breachCount()).breaches).toBe(2);
  }, 60_000);

  it('refuses bad JSON, an invalid incident or a wrong secret in French, writing nothing', async () => {
    const before = await breachCount();
    const cases: [string[], Record<string, string>, RegExp][] = [
      [['--file', file('casse.json', '{ "titre": "oups", ')], { REMPART_PASSWORD: STRONG_PASSWORD }, /n’est pas un JSON valide/],
      [['--file', file('futur.json', JSON.stringify(lostLaptop(new Date(), { awareAt: new Date(Date.now() + 86_400_000).toISOString() })))], { REMPART_PASSWORD: STRONG_PASSWORD }, /ne peut pas être dans le futur/],
      [['--file', file('negatif.json', JSON.stringify(lostLaptop(new Date(), { records: { count: -1, approximate: false } })))], { REMPART_PASSWORD: STRONG_PASSWORD }, /ne peut pas être négatif/],
      [['--file', file('incomplet.json', JSON.stringify({ titre: 'Sans date' }))], { REMPART_PASSWORD: STRONG_PASSWORD }, /date à laquelle vous en avez eu connaissance/],
      [['--file', file('faute.json', JSON.stringify({ ...lostLaptop(new Date()), nombre: 3 }))], { REMPART_PASSWORD: STRONG_PASSWORD }, /Champ inconnu : nombre/],
      [['--file', join(dataDir, 'absent.json')], { REMPART_PASSWORD: STRONG_PASSWORD }, /Impossible de lire le fichier/],
      [['--file', file('ok.json', JSON.stringify(lostLaptop(new Date())))], { REMPART_PASSWORD: 'pas le bon mot de passe' }, /Mot de passe incorrect/],
      [['--file', join(dataDir, 'ok.json')], {}, /REMPART_PASSWORD/],
    ];
    for (const [args, env, message] of cases) {
      const r = await rempart(['breach', ...args, '--email', OWNER], env);
      expect(r.code, `${args.join(' ')}: ${r.stdout}`).toBe(1);
      expect(r.stderr).toMatch(/^Erreur : /);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
    expect(await breachCount()).toEqual(before);
  }, 120_000);
});
