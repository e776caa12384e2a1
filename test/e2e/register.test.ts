// « Registre des traitements » in a real browser: sign up, run the guided set-up with the
// keyboard and the mouse, generate the privacy policy, download it (PDF and Markdown) and read
// the Art. 13 items back; then change the register and see the differences of version 2.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, signUpAs } from './support.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { startServer } from '../helpers/http.ts';
import { pdfText } from '../golden/register/pdf-text.ts';


const signUp = (page: Page, url: string) => signUpAs(page, url, { raisonSociale: 'Atelier Durand', nom: 'Claire Durand', domaine: 'atelier-durand.example', activite: 'artisan_batiment' });

/** Waits for the step's question, checks the progress line, answers with a radio button. */
async function choose(page: Page, question: string | RegExp, answer: string) {
  await page.getByRole('heading', { name: question }).waitFor();
  await page.getByRole('radio', { name: answer, exact: true }).check();
  await page.getByRole('button', { name: 'Suivant' }).click();
}

async function type(page: Page, question: string | RegExp, label: string | RegExp, value: string) {
  await page.getByRole('heading', { name: question }).waitFor();
  await page.getByLabel(label).fill(value);
  // Enter in a text field submits the step, like « Suivant ».
  await page.getByLabel(label).press('Enter');
}

describe('browser: guided set-up of the register and the privacy policy', () => {
  let t: TestApp;
  let srv: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    srv = await startServer(t.app);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await srv?.close();
    await t?.cleanup();
  });

  it('builds the register from plain questions, generates the policy and downloads it with every Art. 13 item', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', acceptDownloads: true });
    // A failing step names itself well before the test's own time limit.
    page.setDefaultTimeout(15_000);
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));

    await signUp(page, srv.url);
    const card = page.getByRole('region', { name: 'Registre des traitements' });
    await expect.poll(() => card.textContent()).toContain('Votre registre des traitements est vide');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    expect(await nav.getByRole('link', { name: 'Registre des traitements' }).textContent()).not.toContain('bientôt');
    await card.getByRole('link', { name: 'Démarrer l’assistant' }).click();

    // One question per step, in plain words, with the progress.
    await page.getByRole('heading', { name: 'Quelle est votre activité ?' }).waitFor();
    await expect.poll(() => page.getByText(/^Étape 1 sur \d+$/).count()).toBe(1);
    expect(await page.getByRole('radio', { name: 'Artisan du bâtiment' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Suivant' }).click();
    await type(page, 'En quelques mots, quel est votre métier ?', 'Votre réponse (facultatif)', 'Plombier chauffagiste');
    await page.getByRole('heading', { name: 'Avez-vous un site internet ?' }).waitFor();
    expect(await page.getByText(/^Étape 3 sur \d+$/).count()).toBe(1);
    // Back keeps the answer.
    await page.getByRole('button', { name: 'Précédent' }).click();
    expect(await page.getByLabel('Votre réponse (facultatif)').inputValue()).toBe('Plombier chauffagiste');
    await page.getByRole('button', { name: 'Suivant' }).click();
    await choose(page, 'Avez-vous un site internet ?', 'Oui');
    await choose(page, /formulaire sur votre site/, 'Oui');
    await choose(page, 'Comptez-vous les visites de votre site ?', 'Non');
    await choose(page, /nouvelles ou des offres par e-mail/, 'Non');
    await choose(page, 'Vos clients prennent-ils rendez-vous avec vous ?', 'Non');
    await choose(page, /informations sur la santé/, 'Non');
    await choose(page, /recruter/, 'Non');
    await choose(page, 'Avez-vous des caméras dans votre local ?', 'Non');
    await choose(page, 'Travaillez-vous avec un expert-comptable ?', 'Oui');
    await choose(page, /Quelle messagerie/, 'Gmail');
    await choose(page, /dans le cloud/, 'Non');
    await choose(page, 'Comment faites-vous vos devis et factures ?', 'Avec un logiciel sur internet');
    await type(page, /Dans quel dossier/, 'Chemin du dossier (facultatif)', '/home/claire/Documents/Clients');
    await choose(page, 'Gardez-vous des dossiers papier sur vos clients ?', 'Oui');
    await type(page, 'Où sont rangés ces dossiers papier ?', 'Votre réponse (facultatif)', 'Armoire fermée à clé');
    await page.getByRole('heading', { name: 'Comment vos clients peuvent-ils vous joindre ?' }).waitFor();
    await page.getByLabel('Adresse de votre entreprise').fill('8 rue des Artisans, 31000 Toulouse');
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('heading', { name: 'C’est prêt : créons votre registre' }).waitFor();
    const last = await page.getByText(/^Étape \d+ sur \d+$/).textContent();
    expect(last).toMatch(/^Étape (\d+) sur \1$/);
    await page.getByRole('button', { name: 'Créer mon registre' }).click();

    await page.getByRole('heading', { name: 'Votre registre est prêt' }).waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: 'Gestion des clients et facturation' }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Générer ma politique de confidentialité' }).click();
    await page.getByRole('status').filter({ hasText: 'Politique de confidentialité générée (version 1).' }).waitFor();

    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /en PDF$/ }).click()]);
    expect(pdf.suggestedFilename()).toBe('politique-de-confidentialite-v1.pdf');
    const text = await pdfText(readFileSync((await pdf.path())!));
    // Art. 13 (1) and (2): identity and contact, purposes and bases, recipients, transfers,
    // retention, rights, complaint to the CNIL with its address.
    for (const item of ['Atelier Durand', '8 rue des Artisans, 31000 Toulouse', 'rgpd@atelier-durand.example', 'Gestion des clients', 'Exécution d’un contrat', 'États-Unis', 'Data Privacy Framework', 'Droit d’accès', 'effacement', 'portabilité', 'CNIL', '3 Place de Fontenoy', 'Version 1 du']) {
      expect(text, item).toContain(item);
    }
    expect(text).toMatch(/conserv/i);
    expect(text).toMatch(/réclamation/i);
    const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /en Markdown$/ }).click()]);
    expect(md.suggestedFilename()).toBe('politique-de-confidentialite-v1.md');
    expect(readFileSync((await md.path())!, 'utf8')).toContain('# Politique de confidentialité');

    // Change the register, regenerate: version 2 with its differences.
    await page.getByRole('link', { name: 'Voir mon registre' }).click();
    await page.getByRole('heading', { name: 'Registre des traitements', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Gestion des clients et facturation' }).click();
    await page.getByRole('heading', { name: 'Gestion des clients et facturation', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Ajouter une finalité' }).click();
    const purpose = page.getByRole('group', { name: /^Finalité \d+/ }).last();
    await purpose.getByLabel('Finalité', { exact: true }).fill('Envoyer les rappels d’entretien de chaudière');
    await purpose.getByLabel('Base légale').selectOption('contrat');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByRole('status').filter({ hasText: 'Modifications enregistrées.' }).waitFor();
    await expect.poll(() => page.getByRole('region', { name: 'Historique des modifications' }).textContent()).toContain('Finalités et bases légales');

    await page.goto(`${srv.url}/#/politique`);
    await page.getByRole('heading', { name: 'Politique de confidentialité', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Générer une nouvelle version' }).click();
    await page.getByRole('status').filter({ hasText: 'Version 2 générée.' }).waitFor();
    await page.getByRole('heading', { name: 'Ce qui change par rapport à la version 1' }).waitFor();
    expect(await page.locator('.diff ins').filter({ hasText: 'rappels d’entretien de chaudière' }).count()).toBeGreaterThan(0);
    // (the list of versions is fetched after the status shows: wait for it rather than count once)
    await expect.poll(() => page.getByRole('heading', { name: /^Version [12]/, level: 4 }).count()).toBe(2);
    // The preview is the generated page itself, in a sandboxed frame allowed by its own CSP.
    await page.getByRole('button', { name: 'Voir le document' }).first().click();
    const frame = page.frameLocator('iframe[title="Aperçu : Politique de confidentialité, version 2"]');
    await frame.getByRole('heading', { name: 'Politique de confidentialité', level: 1 }).waitFor();
    expect(await frame.getByText('Version 2 du', { exact: false }).count()).toBeGreaterThan(0);

    await page.goto(`${srv.url}/#/tableau-de-bord`);
    await expect.poll(() => card.textContent()).toContain('dans le registre');
    // The only expected error: the session probe before sign-up answers 401.
    expect(consoleErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  }, 90_000);
});
