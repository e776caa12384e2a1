import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKit, renderKitHtml, renderKitMarkdown } from './awareness-kit.ts';
import { QUESTIONS, resolveAnswers } from './assessment/index.ts';

const GOLDEN = join(process.cwd(), 'test/golden');

function golden(name: string, actual: string) {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

const answers = resolveAnswers(
  QUESTIONS,
  { 'chiffr-disque': 'oui', 'dfa-messagerie': 'oui', 'papier-armoire': 'non', 'mdp-gestionnaire': 'partiellement' },
  { 'rempart.2fa': { value: true, detail: '2FA activée', settingsLink: '#/securite' }, 'rempart.accessJournal': { value: true, detail: 'ok', settingsLink: '#/securite' } },
);

const input = {
  raisonSociale: 'Plomberie Dupont & Fils',
  contactNom: 'Jean Dupont',
  contactEmail: 'rgpd@plomberie-dupont.example',
  adresse: '12 rue des Lilas, 13001 Marseille',
  answers,
  generatedAt: new Date('2026-11-22T10:00:00Z'),
};

describe('client awareness kit', () => {
  it('matches the golden HTML and Markdown', () => {
    const doc = buildKit(input);
    golden('kit.html', renderKitHtml(doc));
    golden('kit.md', renderKitMarkdown(doc));
  });

  it('states only the measures that are in place', () => {
    const md = renderKitMarkdown(buildKit(input));
    expect(md).toContain('Le disque de nos ordinateurs est chiffré.');
    expect(md).toContain('double authentification');
    expect(md).not.toContain('rangés sous clé'); // papier-armoire answered "non"
    expect(md).not.toContain('conservés dans un gestionnaire de mots de passe'); // only "partiellement"
  });

  it('never claims Rempart protections from a mere declaration', () => {
    const declared = resolveAnswers(QUESTIONS, { 'chiffr-fichier-clients': 'oui', 'dfa-rempart': 'oui', 'acces-journal': 'oui' }, {});
    const md = renderKitMarkdown(buildKit({ ...input, answers: declared }));
    expect(md).not.toContain('Votre fiche client est chiffrée');
    expect(md).not.toContain('journal infalsifiable');
    expect(md).not.toContain('code de vérification à usage unique');
  });

  it('escapes the business name in HTML', () => {
    const html = renderKitHtml(buildKit({ ...input, raisonSociale: '<script>alert(1)</script>' }));
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
  });

  it('covers breach handling, the 72 hours and the CNIL complaint address', () => {
    const md = renderKitMarkdown(buildKit(input));
    expect(md).toMatch(/72 heures/);
    expect(md).toMatch(/3 place de Fontenoy/);
    expect(md).toMatch(/hameçonnage|Méfiez-vous des messages/);
  });
});
