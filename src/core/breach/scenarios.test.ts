// Accuracy scenarios, written from public guidance: EDPB Guidelines 01/2021 on examples
// regarding personal data breach notification ("cas n"), the examples annexed to the EDPB
// breach notification guidelines (ex-WP250, "WP250"), and CNIL advice. Each states the
// expected CNIL notification and communication to people, and the reasons that must show.
import { describe, expect, it } from 'vitest';
import { decideBreach, type CnilExemption, type DecisionOptions } from './decision.ts';
import type { SeverityBand } from './enisa.ts';
import { data, incident } from './fixtures.ts';
import type { HighRiskFactor } from './risk.ts';
import type { Incident } from './types.ts';

interface Scenario {
  name: string;
  incident: Partial<Incident>;
  options?: DecisionOptions;
  cnil: boolean;
  people: false | 'individuelle' | 'publique';
  band?: SeverityBand;
  exemption?: CnilExemption;
  factors?: HighRiskFactor['code'][];
  reasons: RegExp[];
}

const ransomware = { malicious: true, leftBusiness: false, exposure: null } as const;
const hacked = { malicious: true, leftBusiness: true, exposure: 'destinataires-inconnus', recipientTrusted: null } as const;
const identity = [data('etat-civil'), data('coordonnees')];
const patients = { count: 40, approximate: true, categories: ['patients'] };
const restored = (h: number) => ({ exists: true, restored: true, restoredWithinHours: h });
const noBackup = { exists: false, restored: false, restoredWithinHours: null };
const safeKey = { was: true, keySafe: true, stateOfTheArt: true };

const SCENARIOS: Scenario[] = [
  { name: 'Rançongiciel, sauvegarde restaurée en 4 h, aucune exfiltration (cas 1)', incident: { ...ransomware, nature: ['disponibilite'], backup: restored(4), dataCategories: [...identity, data('financier')] },
    cnil: false, people: false, exemption: 'disponibilite-retablie', reasons: [/restaurées rapidement/, /aucune donnée n’est sortie/] },
  { name: 'Rançongiciel sans sauvegarde exploitable, sans exfiltration (cas 2)', incident: { ...ransomware, nature: ['disponibilite'], backup: noBackup, dataCategories: [...identity, data('financier')] },
    cnil: true, people: false, band: 'tres-elevee', reasons: [/perdues faute de sauvegarde/, /n’ont pas été divulguées/] },
  { name: 'Rançongiciel chez une kinésithérapeute, dossiers rétablis en 3 jours (cas 3)', incident: { ...ransomware, nature: ['disponibilite'], backup: restored(72), people: patients, dataCategories: [...identity, data('sante')] },
    cnil: true, people: 'individuelle', factors: ['indisponibilite-sante'], reasons: [/pas été rétablies rapidement/, /retarder une prise en charge/] },
  { name: 'Rançongiciel avec exfiltration, sans sauvegarde (cas 4)', incident: { ...hacked, nature: ['confidentialite', 'disponibilite'], backup: noBackup, dataCategories: [...identity, data('iban')] },
    cnil: true, people: 'individuelle', band: 'elevee', factors: ['gravite', 'financier-identite'], reasons: [/sorties de votre entreprise/, /risque de fraude/] },
  { name: 'Exfiltration de la base clients du site marchand (cas 5)', incident: { ...hacked, dataCategories: [...identity, data('comportement'), data('identifiants', { passwordStorage: 'hachage-faible' })] },
    cnil: true, people: 'individuelle', band: 'elevee', factors: ['gravite', 'identifiants-en-clair'], reasons: [/mots de passe lisibles ou mal protégés/] },
  { name: 'Vol de mots de passe hachés avec un algorithme robuste, sans autre donnée (cas 6)', incident: { ...hacked, dataCategories: [data('identifiants', { passwordStorage: 'hachage-robuste' })] },
    cnil: false, people: false, exemption: 'donnees-inintelligibles', reasons: [/hachage robuste/] },
  { name: 'Vol de mots de passe stockés en clair avec les e-mails', incident: { ...hacked, dataCategories: [data('coordonnees'), data('identifiants', { passwordStorage: 'clair' })] },
    cnil: true, people: 'individuelle', factors: ['identifiants-en-clair'], reasons: [/entrer dans les comptes/] },
  { name: 'Bourrage d’identifiants sur l’espace client avec IBAN (cas 7)', incident: { ...hacked, dataCategories: [...identity, data('iban')] },
    cnil: true, people: 'individuelle', band: 'elevee', factors: ['gravite', 'financier-identite'], reasons: [/gravité est élevée/] },
  { name: 'Devis envoyé par erreur à un artisan partenaire qui l’a supprimé (cas 9)', incident: { recipientTrusted: true, dataCategories: identity },
    cnil: false, people: false, band: 'faible', exemption: 'destinataire-de-confiance', reasons: [/professionnel de confiance/, /gravité est faible/] },
  { name: 'Relevés bancaires envoyés à un expert-comptable de confiance, suppression confirmée', incident: { recipientTrusted: true, dataCategories: [...identity, data('financier')] },
    options: { measuresNeutraliseRisk: 'Le destinataire, tenu au secret professionnel, a confirmé la suppression par écrit.' },
    cnil: true, people: false, band: 'elevee', reasons: [/trop sensibles/, /article 34\.3\.b/] },
  { name: 'Relevé bancaire d’un client envoyé à un autre client qui ne répond pas (WP250)', incident: { people: { count: 1, approximate: false, categories: ['clients'] }, dataCategories: [...identity, data('financier')] },
    cnil: true, people: 'individuelle', factors: ['gravite', 'financier-identite'], reasons: [/obligatoire \(article 33/] },
  { name: 'Ordinateur chiffré volé, clé en sécurité, sauvegarde à jour (cas 10)', incident: { ...hacked, nature: ['confidentialite', 'disponibilite'], encrypted: safeKey, people: patients, dataCategories: [...identity, data('sante')] },
    cnil: false, people: false, exemption: 'donnees-inintelligibles', factors: ['gravite', 'donnees-sensibles'], reasons: [/chiffrées avec un procédé reconnu/, /article 34\.3\.a/] },
  { name: 'Clé USB non chiffrée perdue dans le train (fichier clients simple)', incident: { exposure: 'aucune-preuve', dataCategories: identity },
    cnil: true, people: false, band: 'faible', reasons: [/ne peut pas être écarté/, /pas élevé/] },
  { name: 'Clé USB non chiffrée perdue avec des comptes rendus de séances (cas 11)', incident: { exposure: 'aucune-preuve', people: patients, dataCategories: [...identity, data('sante')] },
    cnil: true, people: 'individuelle', factors: ['gravite', 'donnees-sensibles'], reasons: [/données sensibles/] },
  { name: 'Dossiers papier d’une psychologue volés dans sa voiture (cas 12)', incident: { ...hacked, nature: ['confidentialite', 'disponibilite'], backup: noBackup, people: patients, dataCategories: [...identity, data('sante')] },
    cnil: true, people: 'individuelle', band: 'tres-elevee', reasons: [/perdues faute de sauvegarde/, /données sensibles/] },
  { name: 'Ancien salarié parti avec le fichier clients (cas 8)', incident: { malicious: true, dataCategories: [...identity, data('vie-professionnelle')] },
    cnil: true, people: false, band: 'faible', reasons: [/gravité est faible/] },
  { name: 'Lettre d’information envoyée avec tous les clients en « À » (boulangerie)', incident: { people: { count: 60, approximate: false, categories: ['clients'] }, dataCategories: [data('coordonnees')] },
    cnil: true, people: false, band: 'faible', reasons: [/CNIL peut toutefois/] },
  { name: 'Lettre d’information d’un psychothérapeute avec les patients en « À » (WP250)', incident: { people: patients, dataCategories: [data('coordonnees')] },
    cnil: true, people: 'individuelle', band: 'moyenne', factors: ['contexte-sensible'], reasons: [/être votre client révèle/] },
  { name: 'Bons de livraison inversés, colis rapportés par les clients (cas 13)', incident: { recipientTrusted: true, people: { count: 2, approximate: false, categories: ['clients'] }, dataCategories: identity },
    cnil: false, people: false, exemption: 'destinataire-de-confiance', reasons: [/confirmé avoir supprimé/] },
  { name: 'Courrier inversé, destinataire injoignable', incident: { recipientTrusted: null, people: { count: 1, approximate: false, categories: ['clients'] }, dataCategories: identity },
    cnil: true, people: false, reasons: [/ne peut pas être écarté/] },
  { name: 'Dossiers de patients exposés sur Internet par un partage mal configuré', incident: { exposure: 'destinataires-inconnus', people: patients, dataCategories: [...identity, data('sante')] },
    cnil: true, people: 'individuelle', band: 'tres-elevee', factors: ['gravite', 'donnees-sensibles'], reasons: [/données sensibles/] },
  { name: 'Mandats de prélèvement (IBAN) dérobés par un pirate', incident: { ...hacked, dataCategories: [...identity, data('iban')] },
    cnil: true, people: 'individuelle', band: 'elevee', factors: ['gravite', 'financier-identite'], reasons: [/risque de fraude/] },
  { name: 'Panne du NAS, données restaurées en 3 heures (WP250, coupure courte)', incident: { nature: ['disponibilite'], leftBusiness: false, exposure: null, backup: restored(3), dataCategories: identity },
    cnil: false, people: false, band: 'faible', exemption: 'disponibilite-retablie', reasons: [/restaurées rapidement/] },
  { name: 'Disque dur en panne sans sauvegarde : perte définitive des dossiers clients', incident: { nature: ['disponibilite'], leftBusiness: false, exposure: null, backup: noBackup, dataCategories: [...identity, data('financier')] },
    cnil: true, people: false, reasons: [/perdues faute de sauvegarde/] },
  { name: 'Sauvegarde chiffrée volée avec le mot de passe noté dessus', incident: { ...hacked, encrypted: { was: true, keySafe: false, stateOfTheArt: true }, dataCategories: [...identity, data('financier')] },
    cnil: true, people: 'individuelle', band: 'tres-elevee', reasons: [/la clé ou le mot de passe a pu être compromis/] },
  { name: 'Ordinateur chiffré perdu, on ignore si le mot de passe était collé dessus', incident: { exposure: 'aucune-preuve', encrypted: { was: true, keySafe: null, stateOfTheArt: true }, dataCategories: identity },
    cnil: true, people: false, reasons: [/En cas de doute/, /clé ou le mot de passe de chiffrement/] },
  { name: 'Ordinateur chiffré perdu sans sauvegarde, seule copie des dossiers de santé', incident: { nature: ['confidentialite', 'disponibilite'], exposure: 'aucune-preuve', encrypted: safeKey, backup: noBackup, people: patients, dataCategories: [...identity, data('sante')] },
    cnil: true, people: 'individuelle', factors: ['gravite', 'donnees-sensibles', 'indisponibilite-sante'], reasons: [/perdues faute de sauvegarde/] },
  { name: 'Ordinateur volé qui ne contenait aucune donnée personnelle', incident: { ...hacked, people: { count: 0, approximate: false, categories: [] }, dataCategories: [] },
    cnil: false, people: false, exemption: 'aucune-personne', reasons: [/Aucune personne n’est concernée/] },
  { name: 'Site piraté, nombre de personnes encore inconnu', incident: { ...hacked, people: { count: null, approximate: false, categories: ['clients'] }, dataCategories: identity },
    cnil: true, people: false, band: 'moyenne', reasons: [/En cas de doute/, /nombre de personnes/, /notification initiale/, /réévaluer/] },
  { name: 'Liste des élèves d’un professeur de musique publiée par erreur sur son site', incident: { exposure: 'destinataires-inconnus', people: { count: 25, approximate: false, categories: ['enfants (élèves)', 'parents'] }, dataCategories: [...identity, data('donnees-mineurs')] },
    cnil: true, people: 'individuelle', band: 'moyenne', factors: ['mineurs'], reasons: [/des enfants sont concernés/] },
  { name: 'Hameçonnage de la messagerie professionnelle (pièces justificatives, factures)', incident: { ...hacked, dataCategories: [...identity, data('financier'), data('piece-identite')] },
    cnil: true, people: 'individuelle', band: 'tres-elevee', factors: ['gravite', 'financier-identite', 'usurpation-identite'], reasons: [/usurper l’identité/] },
  { name: 'Fichier des adhérentes d’un club de yoga publié sur un forum, avec contre-indications médicales', incident: { ...hacked, people: { count: 80, approximate: true, categories: ['adhérentes'] }, dataCategories: [...identity, data('sante', { detail: 'partiel' })] },
    cnil: true, people: 'individuelle', band: 'tres-elevee', factors: ['gravite', 'donnees-sensibles'], reasons: [/données sensibles/] },
  { name: 'Fraude au RIB : IBAN de clients modifiés dans le logiciel et utilisés', incident: { nature: ['integrite'], malicious: true, leftBusiness: false, exposure: null, alteredDataUsed: true, dataCategories: [...identity, data('iban')] },
    cnil: true, people: 'individuelle', band: 'moyenne', factors: ['financier-identite'], reasons: [/risque de fraude/] },
  { name: 'Carnet de clients d’un marchand ambulant volé, sans moyen de les contacter', incident: { ...hacked, nature: ['confidentialite', 'disponibilite'], backup: noBackup, dataCategories: [data('etat-civil'), data('financier')] },
    options: { disproportionateEffort: 'Le carnet ne contient que des noms : nous n’avons aucune adresse ni aucun téléphone.' },
    cnil: true, people: 'publique', reasons: [/article 34\.3\.c/, /communication publique/] },
];

describe('breach scenarios from public guidance', () => {
  it('covers at least 25 scenarios', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(25);
  });

  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const d = decideBreach(incident(s.incident), s.options);
    const reasons = [...d.cnil.reasons, ...d.people.reasons].join('\n');
    expect({ cnil: d.cnil.notify, people: d.people.communicate ? d.people.mode : false }, reasons).toEqual({ cnil: s.cnil, people: s.people });
    if (s.band) expect(d.severity.band, d.severity.explanations.join('\n')).toBe(s.band);
    expect(d.cnil.exemption).toBe(s.exemption ?? null);
    if (s.factors) expect(d.people.factors.map((f) => f.code)).toEqual(s.factors);
    for (const r of s.reasons) expect(reasons).toMatch(r);
    expect(d.register.required).toBe(true);
  });
});
