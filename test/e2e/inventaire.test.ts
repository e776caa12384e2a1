// « Inventaire » in a real browser: sign up, scan a prepared server-side folder, follow the
// progress, then read the totals, the per-folder table, a file line and an unreadable file.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, signUpAs, spillsOutOf } from './support.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { startServer } from '../helpers/http.ts';
import { useScanEngine } from '../../src/inventory/engine.ts';
import { scanFolders } from '../../src/scan/engine.ts';
import { prepareFolder, rawValuesIn } from '../scan/inventory-support.ts';

// Generous bounds for the UI to catch up on a busy machine (not timing assertions).
const WAIT = { timeout: 20_000 };

const base = mkdtempSync(join(tmpdir(), 'rempart-e2e-inventaire-'));
const root = join(base, 'Documents');
process.env.REMPART_SCAN_ROOTS = root;
const folder = prepareFolder(root);

const signUp = (page: Page, url: string) => signUpAs(page, url, { raisonSociale: 'Cabinet Leroy', nom: 'Anne Leroy', domaine: 'cabinet-leroy.example' });

describe('browser: the inventory of personal data', () => {
  let t: TestApp;
  let srv: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  // The real engine, held before its last file until the test has seen the progress.
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));

  beforeAll(async () => {
    useScanEngine(async function* (roots, options) {
      let n = 0;
      for await (const report of scanFolders(roots, options)) {
        if (++n === folder.files.length) await gate;
        yield report;
      }
    });
    t = await createTestApp('sqlite');
    srv = await startServer(t.app);
    browser = await launchChromium();
  });
  afterAll(async () => {
    release();
    useScanEngine(null);
    await browser?.close();
    await srv?.close();
    await t?.cleanup();
    rmSync(base, { recursive: true, force: true });
  });

  it('scans a folder, shows the progress, then the totals and each file', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));

    await signUp(page, srv.url);
    const card = page.getByRole('region', { name: 'Inventaire des données' });
    await card.getByRole('link', { name: 'Lancer la première analyse' }).click();
    await page.getByRole('heading', { name: 'Inventaire des données personnelles', level: 1 }).waitFor();

    // The allowed folder is shown and proposed; the user types a sub-folder outside it first.
    const input = page.getByLabel('Dossier à analyser (sur le serveur)');
    expect(await input.inputValue()).toBe(root);
    await input.fill('/etc');
    // Reading images is offered, off by default, with what it costs; checked, the request asks for it.
    const images = page.getByLabel('Lire aussi le texte des photos et des documents scannés');
    expect(await images.isChecked()).toBe(false);
    expect(await page.locator(`[id="${await images.getAttribute('aria-describedby')}"]`).textContent()).toMatch(/d’une à quelques secondes par image/);
    await images.check();
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/e2e-inventaire-lancement.png' });
    const sent = page.waitForRequest((r) => r.url().endsWith('/api/scans') && r.method() === 'POST');
    await page.getByRole('button', { name: 'Lancer l’analyse' }).click();
    expect((await sent).postDataJSON()).toEqual({ dossiers: ['/etc'], images: true });
    // (the folder's photos are only counted below: the box is unticked again)
    await images.uncheck();
    await expect.poll(() => page.getByRole('alert').textContent(), WAIT).toMatch(/en dehors des dossiers que ce serveur peut analyser/);
    await page.getByRole('button', { name: 'Utiliser ce dossier' }).click();
    expect(await input.inputValue()).toBe(root);
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Lancer l’analyse' }).press('Enter');

    // Progress: an accessible progress bar and the running figures.
    const progress = page.getByRole('region', { name: 'Analyse en cours' });
    await progress.getByRole('progressbar', { name: 'Progression de l’analyse' }).waitFor();
    await expect.poll(() => progress.locator('dl').textContent(), WAIT).toMatch(/Fichiers[1-9]/);
    await expect.poll(() => progress.locator('dl').textContent(), WAIT).toMatch(/Données trouvées[1-9]/);
    expect(await progress.textContent()).toContain('Temps restant estimé');
    expect(await progress.getByRole('status').count()).toBe(1);
    // the card holds its bar, figures and button (a stray .progression rule once squeezed it to one line)
    expect(await spillsOutOf(progress)).toEqual([]);
    // the history does not show the running scan's not-yet-written totals as zeros
    const running = page.getByRole('table', { name: 'Historique des analyses' }).locator('tbody tr').first();
    expect(await running.textContent()).toContain('En coursvoir la progression ci-dessus');
    await page.screenshot({ path: 'test-results/e2e-inventaire-progression.png', fullPage: true });
    release();

    // The result: common vs sensitive data with plain-French explanations, folders, files.
    const result = page.getByRole('region', { name: /Résultat de l’analyse du/ });
    await result.waitFor({ timeout: 20_000 });
    const common = result.getByRole('group', { name: /Données courantes/ });
    await expect.poll(() => common.textContent(), WAIT).toMatch(/Adresses e-mail : \d+/);
    expect(await common.textContent()).toContain('permettent de joindre une personne');
    const sensitive = result.getByRole('group', { name: /Données sensibles/ });
    expect(await sensitive.locator('.total-donnees').textContent()).toMatch(/^\d+$/);
    // RGPD art. 10, explained as the others are
    expect(await sensitive.textContent()).toMatch(/Infractions et condamnations pénales : 1.*un extrait de casier judiciaire se consulte/);
    // the photos (one beside the files, one in a zip) and the Publisher leaflet are not read: said, with what to do
    const unread = result.getByRole('group', { name: 'Fichiers non lus' });
    expect(await unread.textContent()).toContain('Images ou photos : 2');
    expect(await unread.textContent()).toContain('scan de pièce d’identité');
    // (the scan did not read images: the page says how to)
    expect(await unread.textContent()).toContain('relancez l’analyse en cochant « Lire aussi le texte des photos et des documents scannés »');
    expect(await unread.textContent()).toMatch(/Document bureautique d’un autre logiciel.* : 1À enregistrer au format \.docx/);

    const folders = result.getByRole('table', { name: 'Résumé par dossier' });
    expect(await folders.locator('tbody tr').count()).toBe(2);
    expect(await folders.textContent()).toContain(folder.clients);

    const files = result.getByRole('region', { name: 'Fichiers analysés' });
    const listLine = files.getByRole('listitem').filter({ hasText: 'liste.csv' });
    await expect.poll(() => listLine.textContent(), WAIT).toMatch(/\d+ données courantes, \d+ donnée/);
    expect(await listLine.textContent()).toMatch(/adresses e-mail/);
    const broken = files.getByRole('listitem').filter({ hasText: 'abimé.xlsx' });
    expect(await broken.textContent()).toMatch(/Illisible : Fichier Excel endommagé ou illisible\./);
    // the zip was read, but the photo inside was not: said on the zip
    const zip = files.getByRole('listitem').filter({ hasText: 'courriels.zip' });
    expect(await zip.textContent()).toContain('Non lu à l’intérieur, à vérifier à la main : 1 image ou photo.');
    await files.getByLabel('Seulement les fichiers à vérifier à la main').check();
    await expect.poll(() => files.getByRole('listitem').count(), WAIT).toBe(2);

    const history = page.getByRole('region', { name: 'Analyses précédentes' });
    expect(await history.locator('tbody tr').count()).toBe(1);
    await expect.poll(() => history.textContent(), WAIT).toContain('Terminée');
    expect(rawValuesIn(await page.content())).toEqual([]);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/e2e-inventaire.png', fullPage: true });

    // The dashboard card now shows the last scan.
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Tableau de bord' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Inventaire des données' }).textContent(), WAIT).toMatch(/Dernière analyse le .*4 fichiers, \d+ données courantes/);
    // The 401 (before sign-in) and the 400 (the refused folder) are expected; nothing else.
    expect(consoleErrors.filter((e) => !/status of (401|400)/.test(e))).toEqual([]);
  });
});
