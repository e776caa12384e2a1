// « Violations de données » in a real browser: record a lost laptop through the wizard, see
// the decision, download the CNIL content and the letters, record the notification.
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, signUpAs } from './support.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { startServer } from '../helpers/http.ts';
import { pdfPages } from '../breach/fixtures.ts';

const TZ = 'Europe/Paris';

/** Value for <input type="datetime-local"> `hoursAgo` hours ago, on a Paris wall clock. */
function localInput(hoursAgo: number): string {
  const parts = new Intl.DateTimeFormat('fr-FR', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(
    new Date(Date.now() - hoursAgo * 3_600_000),
  );
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

const signUp = (page: Page, url: string) => signUpAs(page, url, { raisonSociale: 'Atelier Durand', nom: 'Claire Durand', domaine: 'atelier-durand.example' });

describe('browser: recording a personal data breach', () => {
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

  it('records a lost laptop, shows the decision, prepares the CNIL notification and a letter', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', timezoneId: TZ, acceptDownloads: true });
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));

    await signUp(page, srv.url);
    // The card loads its data after the dashboard shows: wait for it, do not read « Chargement… ».
    await expect.poll(() => page.getByRole('region', { name: 'Violations de données' }).textContent()).toContain('Aucun incident en cours');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    expect(await nav.getByRole('link', { name: 'Violations de données' }).textContent()).not.toContain('bientôt');
    await nav.getByRole('link', { name: 'Violations de données' }).click();
    await page.getByRole('heading', { name: 'Violations de données', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Déclarer un incident' }).click();

    // 1. Que s'est-il passé ?
    await page.getByRole('heading', { name: 'Étape 1 sur 7 : Que s’est-il passé ?' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Étapes de la déclaration' }).getByRole('link').count()).toBe(7);
    await page.getByLabel('Titre court de l’incident').fill('Ordinateur portable perdu');
    await page.getByLabel('Quand avez-vous découvert l’incident ?').fill(localInput(5));
    await page.getByLabel('Date et heure de début').fill(localInput(20));
    await page.getByLabel('Comment l’avez-vous découvert ?').fill('En arrivant au bureau, la sacoche n’était plus dans la voiture.');
    await page.getByLabel(/^Perte de confidentialité/).check();
    await page.getByLabel(/^Perte de disponibilité/).check();
    await page.getByLabel('Décrivez ce qui s’est passé').fill('Ordinateur portable non chiffré oublié dans le train, avec le fichier clients et les factures.');
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();

    // 2. Quelles données et combien de personnes ?
    await page.getByRole('heading', { name: /^Étape 2 sur 7/ }).waitFor();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Brouillon enregistré' }).count()).toBe(1);
    await page.getByRole('group', { name: 'Combien de personnes sont concernées ?' }).getByLabel('Nombre', { exact: true }).fill('180');
    await page.getByLabel('Qui sont ces personnes ?').fill('clients, prospects');
    await page.getByRole('group', { name: 'Combien de fiches ou de dossiers sont concernés ?' }).getByLabel('Nombre', { exact: true }).fill('180');
    for (const kind of [/^État civil/, /^Coordonnées \(adresse/, /^Coordonnées bancaires/]) await page.getByLabel(kind).check();
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();

    // 3. Protections
    await page.getByRole('heading', { name: 'Étape 3 sur 7 : Protections' }).waitFor();
    await page.getByRole('group', { name: 'Les données étaient-elles chiffrées ?' }).getByLabel('Non').check();
    await page.getByRole('group', { name: 'Aviez-vous une sauvegarde de ces données ?' }).getByLabel('Oui').check();
    await page.getByRole('group', { name: 'Les données ont-elles été restaurées depuis la sauvegarde ?' }).getByLabel('Oui').check();
    await page.getByLabel('En combien d’heures ?').fill('4');
    await page.getByRole('group', { name: 'Les données sont-elles sorties de votre entreprise ?' }).getByLabel('Oui').check();
    await page.getByRole('group', { name: 'Qui a pu voir les données ?' }).getByLabel(/^Des inconnus/).check();
    await page.getByRole('group', { name: /acte malveillant/ }).getByLabel('Je ne sais pas encore').check();
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();

    // 4. Conséquences et mesures, with one step of the timeline.
    await page.getByRole('heading', { name: 'Étape 4 sur 7 : Conséquences et mesures' }).waitFor();
    await page.getByLabel('Quelles conséquences pour les personnes ?').fill('Courriers ou prélèvements frauduleux possibles.');
    await page.getByLabel('Qu’avez-vous déjà fait ?').fill('Déclaration de perte à la SNCF, mots de passe changés.');
    await page.getByLabel('Que prévoyez-vous de faire ?').fill('Chiffrer les disques de tous les ordinateurs.');
    await page.getByLabel('Action', { exact: true }).fill('Appel au service des objets trouvés.');
    await page.getByRole('button', { name: 'Ajouter à la chronologie' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Chronologie des actions' }).getByRole('listitem').count()).toBe(1);
    // Evidence attached to the incident, encrypted on the server.
    const pieces = page.getByRole('region', { name: 'Pièces jointes' });
    await pieces.getByLabel('Fichier à joindre (10 Mo au maximum)').setInputFiles({ name: 'declaration-perte.txt', mimeType: 'text/plain', buffer: Buffer.from('Déclaration de perte n° 2026-118') });
    await pieces.getByRole('button', { name: 'Joindre le fichier' }).click();
    await expect.poll(() => pieces.getByRole('listitem').textContent()).toContain('declaration-perte.txt');
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();

    // 5. Évaluation: the CNIL must be told, with the reasons.
    await page.getByRole('heading', { name: 'Étape 5 sur 7 : Évaluation' }).waitFor();
    await page.getByRole('button', { name: 'Lancer l’évaluation' }).click();
    const cnil = page.getByRole('region', { name: /^Prévenir la CNIL/ });
    await expect.poll(() => cnil.getByRole('heading').textContent()).toBe('Prévenir la CNIL : Oui, dans les 72 heures');
    expect(await cnil.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await page.getByRole('region', { name: /^Gravité :/ }).getByRole('heading').textContent()).toMatch(/^Gravité : (faible|moyenne|élevée|très élevée)$/);
    expect(await page.getByRole('region', { name: /^Informer les personnes/ }).getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await page.locator('.entete-incident').textContent()).toMatch(/Il reste 6[67] h \d\d min/);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/e2e-breach.png', fullPage: true });

    // The dashboard card shows the incident and its clock.
    await nav.getByRole('link', { name: 'Tableau de bord' }).click();
    const card = page.getByRole('region', { name: 'Violations de données' });
    await expect.poll(() => card.textContent()).toMatch(/Ordinateur portable perdu.*Il reste 6[67] h \d\d min/);
    await card.getByRole('link', { name: 'Ordinateur portable perdu' }).click();

    // 6. Notification: the text to copy, the PDF, then record the sending.
    await page.getByRole('heading', { name: 'Étape 6 sur 7 : Notification à la CNIL' }).waitFor();
    const texte = page.getByLabel('Texte de la notification à la CNIL');
    await expect.poll(() => texte.inputValue()).toContain('RESPONSABLE DU TRAITEMENT');
    expect(await texte.inputValue()).toContain('Environ 180 personnes : clients, prospects.');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Télécharger le PDF' }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/^notification-cnil-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(readFileSync((await pdf.path())!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.getByLabel('Numéro de notification donné par la CNIL (facultatif)').fill('CNIL-2026-123');
    await page.getByRole('button', { name: 'Enregistrer la notification' }).click();
    await expect.poll(() => page.locator('.entete-incident').textContent()).toContain('Notification envoyée dans le délai de 72 h');
    expect(await page.getByRole('region', { name: 'Notifications enregistrées' }).textContent()).toContain('référence CNIL-2026-123');

    // 7. Letters: one person typed, one client picked in the client file, one page each.
    const created = await page.evaluate(async () => {
      const { token } = (await (await fetch('/api/csrf')).json()) as { token: string };
      const body = { civilite: 'Mme', nom: 'Moreau', prenom: 'Inès', emails: ['ines.moreau@exemple.fr'], address: { lignes: ['5 quai Saint-Vincent'], codePostal: '69001', ville: 'Lyon' }, status: 'client' };
      return (await fetch('/api/clients', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': token }, body: JSON.stringify(body) })).status;
    });
    expect(created).toBe(201);
    await page.getByRole('button', { name: 'Étape suivante : informer les personnes' }).click();
    await page.getByRole('heading', { name: 'Étape 7 sur 7 : Information des personnes' }).waitFor();
    const personne = page.getByRole('group', { name: 'Personne 1' });
    await personne.getByLabel('Civilité').selectOption('Mme');
    await personne.getByLabel('Prénom').fill('Lucienne');
    await personne.getByLabel('Nom', { exact: true }).fill('Bertrand');
    await personne.getByLabel('E-mail').fill('lucienne@exemple.fr');
    await personne.getByLabel('Adresse postale').fill('3 place Bellecour\n69002 Lyon');
    await page.getByRole('region', { name: 'Ou choisissez dans votre fichier clients' }).getByLabel('Inès Moreau (ines.moreau@exemple.fr)').check();
    const [letter] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger les lettres (PDF)' }).click()]);
    expect(letter.suggestedFilename()).toMatch(/^lettres-violation-\d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = readFileSync((await letter.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPages(bytes)).toBe(2);
    await page.getByRole('button', { name: 'Voir l’e-mail' }).click();
    await expect.poll(() => page.getByLabel('Texte de l’e-mail (première personne)').inputValue()).toMatch(/^Madame,\n/);
    await page.screenshot({ path: 'test-results/e2e-breach-lettres.png', fullPage: true });

    // The register keeps it, notified.
    await nav.getByRole('link', { name: 'Violations de données' }).click();
    const item = page.getByRole('listitem').filter({ hasText: 'Ordinateur portable perdu' });
    await expect.poll(() => item.textContent()).toContain('Notifié à la CNIL');

    expect(consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  }, 120_000);
});
