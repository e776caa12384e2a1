// « Fichier clients » in a real browser: import a CSV through the wizard (preview, mapping,
// confirmation, progress), find a client, attach a document, record an access request linked
// to a client and download its access pack as a PDF; the dashboard card follows.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, signUpAs } from './support.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { startServer } from '../helpers/http.ts';

/** 6 rows, `;`-separated, French accents; row 6 repeats row 2's e-mail in other case. */
const FIXTURE = join(import.meta.dirname, 'fixtures', 'clients-accents.csv');

const signUp = (page: Page, url: string) => signUpAs(page, url, { raisonSociale: 'Plomberie Martin', nom: 'Paul Martin', domaine: 'plomberie-martin.example' });

/** A day `days` before today, on the French calendar the server counts deadlines with. */
function parisDaysAgo(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

describe('browser: the client file, its import and the rights requests', () => {
  let t: TestApp;
  let srv: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rempart-e2e-clients-'));
    t = await createTestApp('sqlite');
    srv = await startServer(t.app);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await srv?.close();
    await t?.cleanup();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('imports a CSV, records an access request and downloads the access pack', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', acceptDownloads: true });
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    mkdirSync('test-results', { recursive: true });

    await signUp(page, srv.url);
    await nav.getByRole('link', { name: 'Fichier clients' }).click();
    await page.getByRole('heading', { name: 'Fichier clients', level: 1 }).waitFor();
    await page.getByText('Aucun client pour l’instant').waitFor();

    // 1. The wizard: choose the file (as the user would, from a file on disk).
    await page.getByRole('navigation', { name: 'Fichier clients' }).getByRole('link', { name: 'Importer un fichier' }).click();
    await page.getByRole('heading', { name: 'Importer un fichier clients' }).waitFor();
    await page.getByText('Rien n’est enregistré avant votre confirmation').waitFor();
    const csv = join(dir, 'clients.csv');
    copyFileSync(FIXTURE, csv);
    await page.getByLabel('Fichier à importer (CSV, Excel ou Numbers)').setInputFiles(csv);
    await page.getByRole('button', { name: 'Voir l’aperçu' }).click();

    // 2. The preview: counts, the guessed mapping (editable), the duplicate row.
    const summary = page.getByRole('list', { name: 'Résumé de l’aperçu' });
    await expect.poll(() => summary.textContent(), { timeout: 10_000 }).toContain('6 lignes lues');
    expect(await summary.textContent()).toContain('6 lignes valides');
    expect(await summary.textContent()).toContain('1 doublon dans le fichier');
    expect(await page.getByRole('status').filter({ hasText: 'Aperçu seulement' }).textContent()).toContain('rien n’a encore été enregistré');
    const mapping = page.getByRole('region', { name: 'Correspondance des colonnes' });
    expect(await mapping.getByRole('combobox').count()).toBe(10);
    expect(await page.getByLabel('Champ pour la colonne « Nom »').inputValue()).toBe('nom');
    expect(await page.getByLabel('Champ pour la colonne « E-mail »').inputValue()).toBe('emails');
    expect(await page.getByLabel('Champ pour la colonne « Code postal »').inputValue()).toBe('codePostal');
    const notes = page.getByLabel('Champ pour la colonne « Notes »');
    await notes.selectOption({ label: 'Ne pas importer' });
    await expect.poll(() => notes.isEnabled()).toBe(true);
    await notes.selectOption('notes');
    await expect.poll(() => notes.isEnabled()).toBe(true);
    expect(await notes.inputValue()).toBe('notes');
    expect(await page.getByRole('region', { name: 'Lignes à vérifier' }).textContent()).toContain('Ligne 6 : même adresse e-mail que la ligne 2');
    const confirm = page.getByRole('button', { name: 'Importer 5 clients' });
    await confirm.waitFor();
    // Nothing written before the confirmation.
    expect(await page.evaluate(() => fetch('/api/clients?total=1').then((r) => r.json() as Promise<{ total: number }>))).toMatchObject({ total: 0 });
    await page.screenshot({ path: 'test-results/e2e-clients.png', fullPage: true });

    // 3. The import: the progress bar runs to its end, then the result.
    await confirm.click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Import terminé :' }).textContent(), { timeout: 20_000 }).toBe('Import terminé : 5 clients importés, 1 doublon ignoré.');
    expect(await page.getByLabel('Progression de l’import').getAttribute('value')).toBe('100');
    await page.getByRole('link', { name: 'Voir la liste des clients' }).click();
    const table = page.getByRole('table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(5);
    expect(await table.locator('caption').textContent()).toContain('5 fiches au total');
    for (const name of ['Amélie Lefèvre', 'François Gérard', 'Hélène Noël', 'Jérôme Dupré', 'Ömer Çelik']) await table.getByRole('link', { name }).waitFor();
    await page.screenshot({ path: 'test-results/e2e-clients-liste.png', fullPage: true });

    // The search ignores accents; the client page shows every field.
    await page.getByLabel('Rechercher un client (e-mail, téléphone ou nom)').fill('lefevre');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await expect.poll(() => page.getByRole('table').locator('caption').textContent()).toBe('1 résultat pour « lefevre »');
    await page.getByRole('link', { name: 'Amélie Lefèvre' }).click();
    await page.getByRole('heading', { name: 'Amélie Lefèvre', level: 1 }).waitFor();
    const coords = page.getByRole('region', { name: 'Coordonnées' });
    await expect.poll(() => coords.textContent()).toContain('06 12 34 56 78');
    expect(await coords.textContent()).toContain('Préfère être appelée le matin');
    expect(await coords.textContent()).toContain('69001 Lyon');

    // A document: upload, listed, downloaded back.
    const docs = page.getByRole('region', { name: 'Documents' });
    await docs.getByLabel('Document à joindre (10 Mo au maximum)').setInputFiles({ name: 'facture-2025-014.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 facture de test') });
    await docs.getByLabel('Type de document').selectOption({ label: 'Facture' });
    await docs.getByRole('button', { name: 'Ajouter le document' }).click();
    await expect.poll(() => docs.getByRole('table').textContent()).toContain('facture-2025-014.pdf');
    const [doc] = await Promise.all([page.waitForEvent('download'), docs.getByRole('button', { name: /Télécharger/ }).click()]);
    expect(doc.suggestedFilename()).toBe('facture-2025-014.pdf');
    expect(readFileSync(await doc.path()).toString()).toBe('%PDF-1.4 facture de test');
    await page.screenshot({ path: 'test-results/e2e-clients-fiche.png', fullPage: true });

    // 4. An access request received 26 days ago, linked to François Gérard through the search.
    await nav.getByRole('link', { name: 'Droits des personnes' }).click();
    await page.getByRole('heading', { name: 'Droits des personnes', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Enregistrer une demande' }).click();
    await page.getByLabel('Type de demande').selectOption({ label: "Droit d'accès (art. 15)" });
    await page.getByLabel('Reçue par').selectOption({ label: 'E-mail' });
    await page.getByLabel('Date de réception').fill(parisDaysAgo(26));
    await page.getByLabel('Nom du demandeur').fill('François Gérard');
    await page.getByLabel('Coordonnées du demandeur (e-mail, téléphone ou adresse)').fill('francois.gerard@exemple.fr');
    await page.getByLabel('Rechercher la fiche client (e-mail, téléphone ou nom)').fill('Gérard');
    await page.getByRole('button', { name: 'Chercher la fiche' }).click();
    await page.getByRole('button', { name: 'Relier cette fiche : François Gérard' }).click();
    await page.getByText('Fiche client reliée : François Gérard').waitFor();
    await page.getByRole('button', { name: 'Enregistrer la demande' }).click();

    await page.getByRole('heading', { name: "Droit d'accès (art. 15)", level: 1 }).waitFor();
    const badge = page.locator('.etat-demande .echeance');
    expect(await badge.textContent()).toMatch(/^J-[2-5]$/);
    expect(await page.getByRole('region', { name: 'Fiche client' }).textContent()).toContain('Demande reliée à la fiche François Gérard');
    expect(await page.getByRole('region', { name: 'La demande' }).textContent()).toContain('Pas de vérification nécessaire');
    const [pack] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le dossier d’accès (PDF)' }).click()]);
    expect(pack.suggestedFilename()).toMatch(/^dossier-acces-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(readFileSync(await pack.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.screenshot({ path: 'test-results/e2e-clients-demande.png', fullPage: true });

    // The register shows the deadline as « J-n ».
    await page.getByRole('link', { name: '← Toutes les demandes' }).click();
    const register = page.getByRole('table');
    await expect.poll(() => register.locator('tbody tr').count()).toBe(1);
    expect(await register.locator('tbody .echeance').textContent()).toMatch(/^J-[2-5]$/);
    expect(await page.getByRole('list', { name: 'Résumé des demandes' }).textContent()).toContain('1 à échéance sous 7 jours');

    // 5. The dashboard card: the request due soon, with its link.
    await nav.getByRole('link', { name: 'Tableau de bord' }).click();
    const card = page.getByRole('region', { name: 'Demandes des personnes et durées de conservation' });
    await expect.poll(() => card.textContent()).toContain('arrive à échéance dans les 7 jours');
    expect(await card.getByRole('link', { name: 'Voir les demandes' }).getAttribute('href')).toBe('#/droits');

    // 6. Retention: nothing has expired in a file collected today; the former client without
    // an end date is listed to check.
    await nav.getByRole('link', { name: 'Durées de conservation' }).click();
    await page.getByText('Aucune fiche n’a dépassé sa durée de conservation.').waitFor();
    const retention = page.getByRole('list', { name: 'Résumé de l’aperçu' });
    expect(await retention.textContent()).toContain('0 à supprimer');
    expect(await retention.textContent()).toContain('1 à vérifier');
    expect(await page.getByRole('table').textContent()).toContain('Date de fin de relation manquante');
    await page.screenshot({ path: 'test-results/e2e-clients-conservation.png', fullPage: true });
    expect(await page.getByLabel('Prospects (en mois)').inputValue()).toBe('36');

    expect(consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  }, 120_000);
});
