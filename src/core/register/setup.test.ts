import { describe, expect, it } from 'vitest';
import { checkPolicy } from './art13.ts';
import { checkProcessing } from './completeness.ts';
import { NOW } from './fixtures.ts';
import { registerSchema, type Register, type TenantIdentity } from './model.ts';
import { assessDpia } from './risks.ts';
import { buildRegisterFromAnswers, SETUP_QUESTIONS, setupAnswersSchema, templatesForAnswers, visibleQuestions, type SetupAnswers } from './setup.ts';

const tenant: TenantIdentity = {
  raisonSociale: 'Atelier Durand',
  siren: '123456789',
  adresse: '12 rue des Lilas, 69003 Lyon',
  contactNom: 'Claire Durand',
  contactEmail: 'contact@atelier-durand.fr',
  activite: 'artisan_batiment',
};
const build = (answers: SetupAnswers, t: TenantIdentity = tenant): Register => {
  const reg = buildRegisterFromAnswers(answers, t, { now: NOW });
  expect(registerSchema.parse(reg)).toEqual(reg);
  return reg;
};
const byId = (reg: Register, id: string) => reg.processings.find((p) => p.id === id)!;

describe('setup questions', () => {
  it('has about a dozen questions in plain words, each with a valid answer key', () => {
    expect(SETUP_QUESTIONS.length).toBeGreaterThanOrEqual(10);
    const keys = Object.keys(setupAnswersSchema.shape);
    for (const q of SETUP_QUESTIONS) {
      expect(keys).toContain(q.id);
      expect(q.question).toMatch(/\?$/);
      expect(q.question).not.toMatch(/base légale|finalité|sous-traitant|RGPD|traitement/i);
    }
  });

  it('shows conditional questions only when they apply', () => {
    const ids = (a: SetupAnswers) => visibleQuestions(a).map((q) => q.id);
    expect(ids({})).not.toContain('formulaireContact');
    expect(ids({ siteWeb: true })).toEqual(expect.arrayContaining(['formulaireContact', 'mesureAudience']));
    expect(ids({ newsletter: true })).toContain('outilNewsletter');
    expect(ids({ donneesSante: false })).not.toContain('professionSanteReglementee');
  });

  it('refuses unknown choices with a French message', () => {
    const r = setupAnswersSchema.safeParse({ cameras: 'partout', siteWeb: 'oui' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual(['Site internet : répondez par oui ou non.', 'Caméras : choix non reconnu.']);
  });
});

describe('buildRegisterFromAnswers', () => {
  it('builds a minimal, publishable register from the activity alone', () => {
    const reg = build({});
    expect(reg.controller).toEqual({ raisonSociale: 'Atelier Durand', siren: '123456789', adresse: '12 rue des Lilas, 69003 Lyon', contactNom: 'Claire Durand', contactEmail: 'contact@atelier-durand.fr', dpo: null });
    expect(reg.processings.map((p) => p.id)).toEqual(['gestion_clients', 'comptabilite', 'artisan_batiment', 'demandes_droits']);
    expect(reg.processings.every((p) => p.status === 'brouillon' && p.createdAt === NOW.toISOString())).toBe(true);
    expect(checkPolicy(reg).missing).toEqual([]);
  });

  it('adds a template per « yes » and adapts them to the answers', () => {
    const reg = build({
      activite: 'sante_bien_etre',
      siteWeb: true,
      formulaireContact: true,
      mesureAudience: 'respectueux',
      newsletter: true,
      outilNewsletter: 'brevo',
      rendezVous: 'en_ligne',
      recrutement: true,
      cameras: 'entree',
      expertComptable: false,
      messagerie: 'francais',
      stockageEnLigne: 'aucun',
      facturation: 'logiciel_en_ligne',
      dossierClients: '/home/claire/Documents/Clients',
      dossiersPapier: true,
      lieuPapier: 'Tiroir fermé du cabinet',
    });
    expect(reg.processings.map((p) => p.id)).toEqual(['gestion_clients', 'sante_bien_etre', 'rendez_vous', 'site_web', 'prospection_newsletter', 'recrutement', 'videosurveillance', 'demandes_droits']);
    const all = reg.processings.flatMap((p) => p.recipients.map((r) => r.name));
    expect(all).not.toContain('Expert-comptable');
    expect(byId(reg, 'prospection_newsletter').recipients.map((r) => r.name)).toContain('Brevo');
    expect(byId(reg, 'gestion_clients').supports).toContainEqual(expect.objectContaining({ path: '/home/claire/Documents/Clients' }));
    expect(byId(reg, 'gestion_clients').supports.find((s) => s.kind === 'papier')?.location).toBe('Tiroir fermé du cabinet');
    expect(checkPolicy(reg).missing).toEqual([]);
    expect(reg.processings.every((p) => p.transfers.length === 0)).toBe(true);
  });

  it('declares US services with their transfer and safeguard', () => {
    const reg = build({ siteWeb: true, mesureAudience: 'google_analytics', messagerie: 'gmail', stockageEnLigne: 'dropbox', newsletter: true, outilNewsletter: 'mailchimp' });
    const site = byId(reg, 'site_web');
    expect(site.purposes.find((x) => /fréquentation/.test(x.purpose))?.legalBasis).toBe('consentement');
    expect(site.transfers).toEqual([expect.objectContaining({ country: 'États-Unis', recipient: 'Google LLC', safeguard: 'data_privacy_framework' })]);
    expect(byId(reg, 'gestion_clients').transfers.map((t) => t.recipient)).toEqual(['Dropbox, Inc.', 'Google LLC']);
    expect(byId(reg, 'prospection_newsletter').transfers.map((t) => t.recipient)).toEqual(['The Rocket Science Group LLC (Intuit)', 'Google LLC']);
    expect(checkPolicy(reg).missing).toEqual([]);
  });

  it('leaves open, and lists exactly, what only the user can settle', () => {
    const reg = build({ siteWeb: true, mesureAudience: 'ne_sais_pas' });
    const site = byId(reg, 'site_web');
    const i = site.purposes.findIndex((x) => /fréquentation/.test(x.purpose));
    expect(checkProcessing(site).missing.map((m) => m.field)).toEqual([`purposes[${i}].legalBasis`]);
    expect(checkPolicy(reg).missing.map((m) => `${m.processingId} ${m.field}`)).toEqual([`site_web purposes[${i}].legalBasis`]);
  });

  it('removes what does not exist: contact form, audience measurement, paper files', () => {
    const reg = build({ siteWeb: true, formulaireContact: false, mesureAudience: 'aucun', dossiersPapier: false, facturation: 'tableur' });
    const site = byId(reg, 'site_web');
    expect(site.purposes.map((x) => x.legalBasis)).toEqual(['interet_legitime']);
    expect(site.dataCategories.map((c) => c.key)).toEqual(['connexion']);
    expect(reg.processings.some((p) => p.supports.some((s) => s.kind === 'papier'))).toBe(false);
    expect(byId(reg, 'gestion_clients').recipients.map((r) => r.name)).not.toContain('Logiciel de facturation en ligne');
    expect(checkPolicy(reg).missing).toEqual([]);
  });

  it('keeps health records 20 years for a regulated health profession', () => {
    const reg = build({ activite: 'sante_bien_etre', donneesSante: true, professionSanteReglementee: true });
    const p = byId(reg, 'sante_bien_etre');
    expect(p.art9Condition).toBe('soins_sante');
    expect(p.retention[0]).toMatchObject({ what: 'Dossier patient', months: 240 });
  });

  it('skips the health template when a practitioner keeps no health information', () => {
    expect(templatesForAnswers({ donneesSante: false }, 'sante_bien_etre')).not.toContain('sante_bien_etre');
    expect(templatesForAnswers({ donneesSante: true }, 'photographe')).toContain('sante_bien_etre');
  });

  it('flags a DPIA when cameras film people at work', () => {
    expect(assessDpia(byId(build({ cameras: 'entree' }), 'videosurveillance')).likelyRequired).toBe(false);
    const d = assessDpia(byId(build({ cameras: 'postes' }), 'videosurveillance'));
    expect(d.likelyRequired).toBe(true);
    expect(d.cnilCases.map((c) => c.case)).toEqual(['surveillance_salaries']);
  });

  it('keeps phone-only appointments free of an online tool', () => {
    const p = byId(build({ rendezVous: 'telephone' }), 'rendez_vous');
    expect(p.recipients.every((r) => r.kind !== 'sous_traitant')).toBe(true);
    expect(p.supports.map((s) => s.name)).not.toContain('Agenda en ligne');
  });
});
