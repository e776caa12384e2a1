// The whole first-day journey in a real browser: sign up, enrol TOTP, sign out, sign in with a code.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { startServer, STRONG_PASSWORD } from '../helpers/http.ts';
import { currentTotp } from '../../src/crypto/totp.ts';


describe('browser: sign-up, TOTP enrolment, sign-in with the code', () => {
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

  it('walks the journey and takes a screenshot of the dashboard', async () => {
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));

    await page.goto(`${srv.url}/#/inscription`);
    await page.getByLabel('Raison sociale').fill('Cabinet Sophro Lune');
    await page.getByLabel('SIREN (facultatif)').fill('732829320');
    await page.getByLabel('Activité').selectOption({ index: 3 });
    await page.getByLabel('Adresse', { exact: true }).fill('3 place du Marché, 69002 Lyon');
    await page.getByLabel('Nom du contact RGPD').fill('Claire Lune');
    await page.getByLabel('E-mail du contact RGPD').fill('rgpd@sophro-lune.example');
    await page.getByLabel('Votre nom').fill('Claire Lune');
    await page.getByLabel('Adresse e-mail', { exact: true }).fill('claire@sophro-lune.example');
    await page.getByLabel('Mot de passe', { exact: true }).fill(STRONG_PASSWORD);
    await page.getByLabel('Confirmation du mot de passe').fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();

    // The recovery key is shown once and must be acknowledged.
    await expect.poll(async () => (await page.textContent('body')) ?? '', { timeout: 10_000 }).toMatch(/([0-9A-Z]{4}-){7}[0-9A-Z]{4}/);
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: /continuer|accéder|tableau de bord/i }).click();
    await page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();

    // Enrol TOTP from the account security page.
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: /Sécurité du compte/ }).click();
    await page.getByRole('button', { name: 'Activer la double authentification' }).click();
    const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expect.poll(() => page.getByRole('img', { name: /QR code/ }).count()).toBe(1);
    await page.getByLabel('Code de vérification').fill(currentTotp(secret));
    await page.getByRole('button', { name: 'Vérifier et activer' }).click();
    const codes = (await page.getByTestId('recovery-codes').textContent({ timeout: 10_000 })) ?? '';
    expect(codes.match(/[a-z0-9]{5}-[a-z0-9]{5}/g)).toHaveLength(10);

    // Sign out, then sign in with password and a fresh code (30 s later: codes never replay).
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    t.clock.now = new Date(Date.now() + 30_000);
    await page.getByLabel('Adresse e-mail', { exact: true }).fill('claire@sophro-lune.example');
    await page.getByLabel('Mot de passe', { exact: true }).fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByLabel('Code de vérification').fill(currentTotp(secret, t.clock.now));
    await page.getByRole('button', { name: 'Valider le code' }).click();
    await page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
    expect(await page.textContent('body')).toContain('Cabinet Sophro Lune');

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/e2e-tableau-de-bord.png', fullPage: true });
    // The CSP forbids inline scripts: any violation would show up as a console error.
    expect(consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);

    // The journal kept the story.
    const actions = (await t.app.repos.journal.all((await t.app.store.db.selectFrom('tenants').select('id').executeTakeFirstOrThrow()).id)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['compte.cree', '2fa.activee', 'deconnexion', 'connexion.reussie']));
  }, 60_000);
});
