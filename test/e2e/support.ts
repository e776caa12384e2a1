// Shared by the browser suites: Debian's Chromium launched headless with the flags this
// machine needs, and the sign-up journey every suite starts with.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { STRONG_PASSWORD } from '../helpers/http.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Fails loudly (never skips) when Chromium or the built UI is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium introuvable (${CHROMIUM}) : installez-le avec « apt-get install chromium ».`);
  if (!existsSync(join(process.cwd(), 'dist/web/index.html'))) throw new Error('Interface non construite : lancez « npm run build ».');
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export interface Signer {
  raisonSociale: string;
  /** « Prénom Nom »: the contact and the user; the user's e-mail is the first name at the domain. */
  nom: string;
  domaine: string;
  /** The activity picked in the list (default: the first one). */
  activite?: string;
}

/** Signs up through the form, acknowledges the recovery key, and lands on the dashboard. */
export async function signUpAs(page: Page, url: string, who: Signer): Promise<void> {
  const prenom = who.nom.split(' ')[0]!.toLowerCase();
  await page.goto(`${url}/#/inscription`);
  await page.getByLabel('Raison sociale').fill(who.raisonSociale);
  await page.getByLabel('Activité').selectOption(who.activite ?? { index: 1 });
  await page.getByLabel('Nom du contact RGPD').fill(who.nom);
  await page.getByLabel('E-mail du contact RGPD').fill(`rgpd@${who.domaine}`);
  await page.getByLabel('Votre nom').fill(who.nom);
  await page.getByLabel('Adresse e-mail', { exact: true }).fill(`${prenom}@${who.domaine}`);
  await page.getByLabel('Mot de passe', { exact: true }).fill(STRONG_PASSWORD);
  await page.getByLabel('Confirmation du mot de passe').fill(STRONG_PASSWORD);
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await page.getByRole('checkbox').check({ timeout: 10_000 });
  await page.getByRole('button', { name: /continuer|tableau de bord/i }).click();
  await page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
}

/**
 * What is drawn outside `region`'s box: a section squeezed by a stray CSS rule (all pages'
 * styles are bundled together) lets its text spill over what follows. Empty when all is well.
 */
export async function spillsOutOf(region: Locator): Promise<string[]> {
  return region.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const out: string[] = [];
    for (const child of Array.from(el.querySelectorAll('*'))) {
      const r = child.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1) continue; // hidden, or kept for screen readers only
      if (r.bottom > box.bottom + 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.left < box.left - 1) {
        out.push(`${child.tagName.toLowerCase()} « ${(child.textContent ?? '').trim().slice(0, 40)} »`);
      }
    }
    return out;
  });
}
