// Guided set-up answers → a first register: the templates that fit, adapted to what the
// business said (tools, website, cameras, paper files…). Everything comes out as drafts the
// user reviews; the ones already complete can be published at once (completeness.ts).
import { controllerFromTenant, type Processing, type Recipient, type Register, type Support, type TenantIdentity, type Transfer } from './model.ts';
import type { SetupAnswers } from './setup-questions.ts';
import { PAPER_SECURITY } from './template-kit.ts';
import { instantiateTemplate } from './templates.ts';

export * from './setup-questions.ts';

/** Services hosted outside the EU whose provider is certified under the EU–US Data Privacy Framework. */
const US_SERVICES: Readonly<Record<string, { name: string; recipient: string }>> = {
  gmail: { name: 'Google (Gmail)', recipient: 'Google LLC' },
  outlook: { name: 'Microsoft (Outlook)', recipient: 'Microsoft Corporation' },
  google_drive: { name: 'Google Drive', recipient: 'Google LLC' },
  onedrive: { name: 'Microsoft OneDrive', recipient: 'Microsoft Corporation' },
  dropbox: { name: 'Dropbox', recipient: 'Dropbox, Inc.' },
  icloud: { name: 'Apple iCloud', recipient: 'Apple Inc.' },
  mailchimp: { name: 'Mailchimp', recipient: 'The Rocket Science Group LLC (Intuit)' },
  google_analytics: { name: 'Google Analytics', recipient: 'Google LLC' },
};

function usTransfer(key: string): Transfer {
  const s = US_SERVICES[key] as { recipient: string };
  return {
    country: 'États-Unis',
    recipient: s.recipient,
    safeguard: 'data_privacy_framework',
    documentation: 'Liste des entreprises certifiées : https://www.dataprivacyframework.gov',
  };
}

function addProcessor(p: Processing, r: Recipient, transfer?: Transfer): void {
  if (!p.recipients.some((x) => x.name === r.name)) p.recipients.push(r);
  if (transfer && !p.transfers.some((t) => t.recipient === transfer.recipient && t.country === transfer.country)) p.transfers.push(transfer);
}

const hasSupport = (p: Processing, kind: Support['kind'], name: RegExp) => p.supports.some((s) => s.kind === kind && name.test(s.name));

function applyEmail(p: Processing, provider: SetupAnswers['messagerie']): void {
  if (!provider || !hasSupport(p, 'canal', /messagerie/i)) return;
  if (provider === 'gmail' || provider === 'outlook') {
    const s = US_SERVICES[provider] as { name: string };
    addProcessor(p, { kind: 'sous_traitant', name: s.name, role: 'Messagerie électronique professionnelle', contractStatus: 'a_verifier' }, usTransfer(provider));
  } else {
    addProcessor(p, { kind: 'sous_traitant', name: 'Fournisseur de messagerie électronique', role: 'Messagerie électronique professionnelle', contractStatus: 'a_verifier' });
  }
}

function applyCloud(p: Processing, cloud: SetupAnswers['stockageEnLigne']): void {
  if (!cloud || cloud === 'aucun') return;
  const us = US_SERVICES[cloud];
  const name = us ? us.name : 'Service de stockage en ligne';
  addProcessor(p, { kind: 'sous_traitant', name, role: 'Stockage et partage de fichiers', contractStatus: 'a_verifier' }, us ? usTransfer(cloud) : undefined);
  if (!p.supports.some((s) => s.name === name)) p.supports.push({ kind: 'logiciel', name, location: us ? 'Hébergé aux États-Unis ou dans l’UE selon le service' : 'Hébergé dans l’Union européenne' });
}

function applyInvoicing(p: Processing, tool: SetupAnswers['facturation']): void {
  if (!tool || tool === 'logiciel_en_ligne') return;
  p.recipients = p.recipients.filter((r) => r.name !== 'Logiciel de facturation en ligne');
  p.supports = p.supports.map((s) =>
    s.name === 'Logiciel de facturation'
      ? tool === 'logiciel_ordinateur'
        ? { kind: 'logiciel', name: 'Logiciel de facturation installé sur l’ordinateur' }
        : tool === 'tableur'
          ? { kind: 'logiciel', name: 'Tableur et traitement de texte (devis, factures)' }
          : { kind: 'papier', name: 'Carnet de factures papier', location: 'Bureau' }
      : s,
  );
}

function applyPaper(p: Processing, answers: SetupAnswers): void {
  if (answers.dossiersPapier === false) {
    p.supports = p.supports.filter((s) => s.kind !== 'papier' || s.name === 'Carnet de factures papier');
    p.securityMeasures = p.securityMeasures.filter((m) => m !== PAPER_SECURITY);
    p.risks.events.forEach((e) => (e.measures = e.measures.filter((m) => m.label !== 'Dossiers papier sous clé')));
  } else if (answers.lieuPapier?.trim()) {
    p.supports = p.supports.map((s) => (s.kind === 'papier' ? { ...s, location: answers.lieuPapier?.trim() } : s));
  }
}

function adaptWebsite(p: Processing, answers: SetupAnswers): void {
  if (answers.formulaireContact === false) {
    p.purposes = p.purposes.filter((x) => !/formulaire/i.test(x.purpose));
    p.dataCategories = p.dataCategories.filter((c) => c.key === 'internet' || c.key === 'connexion');
    p.retention = p.retention.filter((r) => !/formulaire/i.test(r.what));
    p.collectedVia = p.collectedVia.filter((c) => c !== 'formulaire_web');
    p.peopleCategories = ['Visiteurs du site'];
  }
  const audience = p.purposes.find((x) => /fréquentation/.test(x.purpose));
  switch (answers.mesureAudience) {
    case 'aucun':
      p.purposes = p.purposes.filter((x) => x !== audience);
      p.dataCategories = p.dataCategories.filter((c) => c.key !== 'internet');
      p.recipients = p.recipients.filter((r) => r.name !== 'Outil de mesure d’audience');
      p.retention = p.retention.filter((r) => !/cookies|statistiques/i.test(r.what));
      break;
    case 'google_analytics':
      // Google Analytics is not exempt from consent (CNIL): a cookie banner is needed.
      if (audience) {
        audience.legalBasis = 'consentement';
        delete audience.legitimateInterest;
        audience.purpose = 'Mesurer la fréquentation du site (avec votre accord, donné dans le bandeau cookies)';
      }
      p.recipients = p.recipients.map((r) => (r.name === 'Outil de mesure d’audience' ? { ...r, name: 'Google Analytics' } : r));
      addProcessor(p, { kind: 'sous_traitant', name: 'Google Analytics', role: 'Statistiques de fréquentation', contractStatus: 'a_verifier' }, usTransfer('google_analytics'));
      break;
    case 'ne_sais_pas':
      // Whether consent is needed depends on the tool: left for the user to settle.
      if (audience) {
        audience.legalBasis = null;
        delete audience.legitimateInterest;
      }
      break;
    default:
      break;
  }
  if (p.purposes.length === 0) p.purposes.push({ purpose: 'Faire fonctionner et sécuriser le site', legalBasis: 'interet_legitime', legitimateInterest: 'Assurer le bon fonctionnement et la sécurité du site (journaux techniques de l’hébergeur).' });
}

function adaptHealth(p: Processing, answers: SetupAnswers): void {
  if (answers.professionSanteReglementee !== true) return;
  p.art9Condition = 'soins_sante';
  p.retention = p.retention.map((r) =>
    r.what === 'Dossier de suivi'
      ? { what: 'Dossier patient', duration: '20 ans après la dernière consultation (référentiel CNIL des cabinets médicaux et paramédicaux)', months: 240, trigger: 'Dernière consultation' }
      : r,
  );
}

function adaptCameras(p: Processing, answers: SetupAnswers): void {
  if (answers.cameras !== 'postes') return;
  // Filming people at work: on the CNIL's DPIA list, and staff must be informed individually.
  p.risks.dpia.cnilCases = [...new Set([...p.risks.dpia.cnilCases, 'surveillance_salaries' as const])];
  p.risks.dpia.criteria = [...new Set([...p.risks.dpia.criteria, 'surveillance_systematique' as const, 'personnes_vulnerables' as const])];
  p.securityMeasures.push('Salariés informés individuellement et CSE consulté s’il existe ; pas de caméra filmant un poste de travail en continu sans raison particulière');
}

/** Which templates the answers call for, in register order. */
export function templatesForAnswers(answers: SetupAnswers, activity: string): string[] {
  const a = answers.activite ?? activity;
  const ids = ['gestion_clients'];
  if (answers.expertComptable !== false) ids.push('comptabilite');
  if (a === 'sante_bien_etre' ? answers.donneesSante !== false : answers.donneesSante === true) ids.push('sante_bien_etre');
  if (a === 'services_personne') ids.push('services_personne');
  if (a === 'artisan_batiment') ids.push('artisan_batiment');
  if (a === 'coaching_formation') ids.push('coaching_formation');
  if (a === 'photographe') ids.push('photographe');
  if (answers.rendezVous !== undefined && answers.rendezVous !== 'non') ids.push('rendez_vous');
  if (answers.siteWeb === true) ids.push('site_web');
  if (answers.newsletter === true) ids.push('prospection_newsletter');
  if (answers.recrutement === true) ids.push('recrutement');
  if (answers.cameras !== undefined && answers.cameras !== 'non') ids.push('videosurveillance');
  ids.push('demandes_droits');
  return ids;
}

export function buildRegisterFromAnswers(answers: SetupAnswers, tenant: TenantIdentity, opts: { now: Date }): Register {
  const processings = templatesForAnswers(answers, tenant.activite ?? 'autre').map((id) => {
    const p = instantiateTemplate(id, { now: opts.now });
    if (answers.expertComptable === false) p.recipients = p.recipients.filter((r) => r.name !== 'Expert-comptable');
    if (id === 'site_web') adaptWebsite(p, answers);
    if (id === 'sante_bien_etre') adaptHealth(p, answers);
    if (id === 'videosurveillance') adaptCameras(p, answers);
    if (id === 'rendez_vous' && answers.rendezVous === 'telephone') {
      p.recipients = p.recipients.filter((r) => r.kind !== 'sous_traitant');
      p.supports = [{ kind: 'logiciel', name: 'Agenda' }, ...p.supports.filter((s) => s.name !== 'Agenda en ligne')];
      p.collectedVia = ['telephone', 'sur_place'];
    }
    if (id === 'prospection_newsletter' && answers.outilNewsletter) adaptNewsletter(p, answers.outilNewsletter);
    if (id === 'gestion_clients' || id === 'comptabilite') applyCloud(p, answers.stockageEnLigne);
    applyEmail(p, answers.messagerie);
    applyInvoicing(p, answers.facturation);
    applyPaper(p, answers);
    if (id === 'gestion_clients' && answers.dossierClients?.trim()) {
      p.supports.push({ kind: 'materiel', name: 'Dossier des fichiers clients', location: 'Ordinateur professionnel', path: answers.dossierClients.trim() });
    }
    return p;
  });
  return { controller: controllerFromTenant(tenant), processings };
}

function adaptNewsletter(p: Processing, tool: NonNullable<SetupAnswers['outilNewsletter']>): void {
  const generic = 'Outil d’envoi de la lettre d’information';
  const rename = (name: string) => {
    p.recipients = p.recipients.map((r) => (r.name === generic ? { ...r, name } : r));
    p.supports = p.supports.map((s) => (s.name === generic ? { ...s, name } : s));
  };
  if (tool === 'brevo') rename('Brevo');
  else if (tool === 'mailchimp') {
    rename('Mailchimp');
    p.transfers.push(usTransfer('mailchimp'));
  } else if (tool === 'messagerie') {
    p.recipients = p.recipients.filter((r) => r.name !== generic);
    p.supports = p.supports.filter((s) => s.name !== generic);
  }
}
