// « Sauvegardes » in a real browser: the dashboard warns, the owner adds an external-disk
// folder (connection tested) and an SFTP server, runs a backup, sees it succeed, and the
// dashboard says the 3-2-1 rule is met.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, signUpAs } from './support.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { startServer } from '../helpers/http.ts';
import { startSshServer, type SshServer } from '../backup/servers/sshd.ts';

process.env.REMPART_BACKUP_SCHEDULE = 'off';


const signUp = (page: Page, url: string) => signUpAs(page, url, { raisonSociale: 'Coaching Lemoine', nom: 'Julie Lemoine', domaine: 'coaching-lemoine.example' });

describe('browser: backups', () => {
  let t: TestApp;
  let srv: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let disk: string;
  let ssh: SshServer;

  beforeAll(async () => {
    ssh = await startSshServer();
    t = await createTestApp('sqlite');
    srv = await startServer(t.app);
    browser = await launchChromium();
    disk = mkdtempSync(join(tmpdir(), 'rempart-disque-e2e-'));
  });
  afterAll(async () => {
    await browser?.close();
    await srv?.close();
    await t?.cleanup();
    rmSync(disk, { recursive: true, force: true });
    await ssh?.stop();
  });

  it('adds a local folder, backs up, and shows it on the page and the dashboard', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    const consoleErrors: string[] = [];
    page.on('pageerror', (e) => consoleErrors.push(e.message));

    await signUp(page, srv.url);
    const card = page.getByRole('region', { name: 'Sauvegardes' });
    await expect.poll(() => card.textContent()).toContain('Aucune destination de sauvegarde n’est configurée');

    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Sauvegardes' }).click();
    await page.getByRole('heading', { name: 'Sauvegardes', level: 1 }).waitFor();

    const form = page.getByRole('region', { name: 'Ajouter une destination' });
    // A folder that does not exist: the connection test fails in French and nothing is added.
    await form.getByLabel('Dossier', { exact: true }).fill(join(disk, 'pas-branche'));
    await form.getByRole('button', { name: 'Tester la connexion et ajouter' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toMatch(/Dossier introuvable.*Le disque est-il branché/);

    await form.getByLabel('Nom affiché (facultatif)').fill('Disque externe');
    await form.getByLabel('Dossier', { exact: true }).fill(disk);
    await form.getByRole('button', { name: 'Tester la connexion et ajouter' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toContain('Connexion réussie : « Disque externe » est ajoutée.');

    const list = page.getByRole('region', { name: 'Où vont vos sauvegardes' });
    await expect.poll(() => list.textContent()).toContain('Jamais sauvegardée');

    // An SFTP server (real OpenSSH on loopback) with a private key: the host key gets pinned.
    await form.getByRole('radio', { name: 'Serveur SFTP' }).check();
    await form.getByLabel('Nom affiché (facultatif)').fill('NAS');
    await form.getByLabel('Serveur', { exact: true }).fill(ssh.host);
    await form.getByLabel('Port', { exact: true }).fill(String(ssh.port));
    await form.getByLabel('Identifiant', { exact: true }).fill(ssh.username);
    await form.getByLabel('Clé privée (facultatif)').fill(ssh.privateKey);
    await form.getByLabel('Dossier sur le serveur').fill(join(ssh.root, 'nas'));
    await form.getByRole('button', { name: 'Tester la connexion et ajouter' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toContain('« NAS » est ajoutée');
    await expect.poll(() => list.textContent()).toContain(`clé d’hôte ${ssh.hostKeySha256}`);
    expect(await page.content()).not.toContain(ssh.privateKey.split('\n')[1]);

    const launch = page.getByRole('region', { name: 'Sauvegarder maintenant' });
    await launch.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
    await expect.poll(() => launch.textContent(), { timeout: 20_000 }).toContain('Réussie');
    expect(await launch.textContent()).toMatch(/Vérification réussie sur dossier/);
    expect(await launch.textContent()).toMatch(/Vérification réussie sur serveur SFTP/);
    await expect.poll(() => list.textContent()).toMatch(/À jour[\s\S]*À jour/);
    expect(await list.textContent()).toMatch(/Dernière sauvegarde réussie : \d\d\/\d\d\/\d{4}/);
    expect(readdirSync(join(disk, 'generations'))).toHaveLength(1);

    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Tableau de bord' }).click();
    const card2 = page.getByRole('region', { name: 'Sauvegardes' });
    await expect.poll(() => card2.textContent()).toMatch(/À jour\s*Disque externe : dernière sauvegarde réussie le/);
    expect(await card2.textContent()).toMatch(/À jour\s*NAS : dernière sauvegarde réussie le/);
    // A local disk and a remote server, both fresh: the 3-2-1 rule is met.
    expect(await card2.textContent()).toContain('Règle 3-2-1 respectée');
    expect(consoleErrors).toEqual([]);
  });
});
