// « Hygiène de sécurité » in a real browser: answer the questionnaire, follow the plan, record the yearly review.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, signUpAs } from './support.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { startServer } from '../helpers/http.ts';

const FIRST_NO = 3;

const signUp = (page: Page, url: string) => signUpAs(page, url, { raisonSociale: 'Plomberie Martin', nom: 'Paul Martin', domaine: 'plomberie-martin.example' });

describe('browser: the security hygiene self-assessment', () => {
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

  it('answers, plans, reviews and offers the kit', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));

    await signUp(page, srv.url);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Hygiène de sécurité' }).click();
    await page.getByRole('heading', { name: 'Hygiène de sécurité', level: 1 }).waitFor();

    const summary = page.getByRole('region', { name: 'Votre score' });
    const scoreText = async () => (await summary.locator('.score-valeur').textContent()) ?? '';
    const initialScore = await scoreText();
    expect(initialScore).toMatch(/^\d+\/100$/);
    expect(await summary.textContent()).toMatch(/\d+ questions sans réponse/);
    expect(await summary.locator('meter').count()).toBeGreaterThan(5);

    // Rempart answers the 2FA question itself: a badge and a link, no radio button.
    const twoFactor = page.getByRole('group', { name: 'La double authentification est-elle activée sur votre compte Rempart ?' });
    await expect.poll(() => twoFactor.textContent()).toContain('Vérifié par Rempart : Non');
    expect(await twoFactor.getByRole('radio').count()).toBe(0);
    expect(await twoFactor.getByRole('link').getAttribute('href')).toBe('#/securite');

    // The review needs every answer: the French error says so.
    const review = page.getByRole('region', { name: 'Revue annuelle' });
    await review.getByRole('button', { name: 'Enregistrer la revue annuelle' }).click();
    await expect.poll(() => review.getByRole('alert').textContent()).toMatch(/Répondez d’abord à toutes les questions \(\d+ sans réponse\)/);

    // Answer every declarable question: « Non » for the first few, « Oui » for the rest.
    const declarable = page.getByRole('group').filter({ has: page.getByRole('radio') });
    const count = await declarable.count();
    expect(count).toBeGreaterThan(20);
    for (let i = 0; i < count; i++) {
      await declarable
        .nth(i)
        .getByRole('radio', { name: i < FIRST_NO ? 'Non' : 'Oui', exact: true })
        .check();
    }
    await expect.poll(() => summary.textContent(), { timeout: 10_000 }).toContain('Toutes les questions ont une réponse');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Enregistré' }).count()).toBeGreaterThan(0);
    expect(await scoreText()).not.toBe(initialScore);

    // The plan: the three « Non » plus the Rempart 2FA, the easiest big win first.
    const plan = page.getByRole('region', { name: 'Plan d’action' });
    const actions = plan.getByRole('list', { name: /plus prioritaire/ }).getByRole('listitem').filter({ has: page.getByLabel('Statut') });
    await expect.poll(() => actions.count()).toBe(FIRST_NO + 1);
    const first = actions.first();
    expect(await first.getByRole('heading').textContent()).toMatch(/double authentification/i);
    expect(await first.textContent()).toContain('Impact fort · Effort faible');
    expect(await first.getByRole('link', { name: /Sécurité du compte/ }).getAttribute('href')).toBe('#/securite');
    expect(await first.getByLabel('Échéance').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await first.getByLabel('Statut').selectOption({ label: 'En cours' });
    await expect.poll(() => first.getByRole('status').textContent()).toBe('Enregistré');
    expect(await first.getByLabel('Statut').inputValue()).toBe('en-cours');

    // The yearly review, and the progress table with its single row.
    await review.getByRole('button', { name: 'Enregistrer la revue annuelle' }).click();
    await expect.poll(() => review.getByRole('status').textContent()).toMatch(/Revue enregistrée avec un score de \d+\/100/);
    const table = review.getByRole('table', { name: 'Évolution du score' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    expect(await table.locator('tbody tr').first().textContent()).toContain('Première revue');
    expect(await review.getByRole('img').count()).toBe(1);
    expect(await review.textContent()).toMatch(/Prochaine revue le/);

    // The kit for clients: three downloads.
    const kit = page.getByRole('region', { name: 'Kit de sensibilisation de vos clients' });
    for (const [name, format] of [
      ['Télécharger la page (HTML)', 'html'],
      ['Télécharger le PDF', 'pdf'],
      ['Télécharger le texte (Markdown)', 'md'],
    ] as const) {
      const link = kit.getByRole('link', { name });
      expect(await link.getAttribute('href')).toBe(`/api/hygiene/kit?format=${format}`);
      expect(await link.getAttribute('download')).not.toBeNull();
    }
    const [download] = await Promise.all([page.waitForEvent('download'), kit.getByRole('link', { name: 'Télécharger le PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^vos-donnees-\d{4}-\d{2}-\d{2}\.pdf$/);

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/e2e-hygiene.png', fullPage: true });

    // A reload shows what the server kept.
    await page.reload();
    await expect.poll(() => page.getByRole('region', { name: 'Plan d’action' }).getByLabel('Statut').first().inputValue()).toBe('en-cours');

    // The dashboard card: the score and the next actions.
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Tableau de bord' }).click();
    const card = page.getByRole('region', { name: 'Hygiène de sécurité' });
    await expect.poll(() => card.textContent()).toMatch(/Score : \d+\/100/);
    expect(await card.getByRole('listitem').count()).toBe(3);
    expect(await card.getByRole('link').getAttribute('href')).toBe('#/hygiene');

    expect(consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  }, 90_000);
});
