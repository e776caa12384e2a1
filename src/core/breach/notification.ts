// Content of the CNIL notification (Art. 33(3)), in the order of the CNIL online form, as a
// structured object and as a ready-to-copy plain-French text. Nothing is sent from here.
import type { BreachDecision } from './decision.ts';
import { notificationDeadline, notificationPhase, type DeadlineStatus, type PhaseStatus } from './deadlines.ts';
import { BAND_LABELS } from './enisa.ts';
import { countText, EXPOSURE_LABELS, formatDateTime, isSensitive, KIND_LABELS, NATURE_LABELS } from './labels.ts';
import { missingForNotification, type MissingField } from './schema.ts';
import type { Business, ContactPoint, Incident } from './types.ts';

export { renderLetterToPerson, type LetterInput, type RenderedLetter } from './letter.ts';

export interface CnilNotification {
  phase: PhaseStatus;
  responsable: { nom: string; siret: string | null; adresse: string[] };
  contact: ContactPoint;
  chronologie: {
    debut: string;
    connaissance: string;
    decouverte: string;
    delai: DeadlineStatus;
    /** Required by Art. 33(1) when notifying after 72 hours; empty until the user writes it. */
    motifRetard: string | null;
  };
  nature: { types: string[]; description: string; exposition: string | null; malveillance: string };
  personnes: { categories: string[]; nombre: number | null; approximatif: boolean; texte: string };
  enregistrements: { nombre: number | null; approximatif: boolean; texte: string };
  donnees: { libelle: string; type: string; sensible: boolean }[];
  consequences: string;
  mesures: { prises: string; envisagees: string };
  /** Security measures in place before the breach, which the CNIL form also asks about. */
  protection: { chiffrement: string; sauvegarde: string };
  gravite: { score: number; niveau: string; explications: string[] };
  informationPersonnes: { decision: string; motifs: string[] };
  manquants: MissingField[];
}

export interface NotificationInput {
  business: Business;
  incident: Incident;
  decision: BreachDecision;
  now: Date;
  /** When it was actually sent; defaults to "not yet" (the clock runs against `now`). */
  notifiedAt?: Date | null | undefined;
  /** How many notifications were already sent for this incident (0 for the first). */
  previousNotifications?: number | undefined;
  lateReason?: string | undefined;
}

const orUnknown = (s: string, unknown = 'Pas encore connu.'): string => (s.trim() === '' ? unknown : s.trim());

function encryptionText(i: Incident): string {
  if (!i.encrypted.was) return 'Les données n’étaient pas chiffrées.';
  const key = i.encrypted.keySafe === true ? 'la clé est restée en sécurité' : i.encrypted.keySafe === false ? 'la clé a pu être compromise' : 'on ne sait pas encore si la clé est restée en sécurité';
  return `Les données étaient chiffrées (${i.encrypted.stateOfTheArt ? 'procédé reconnu' : 'procédé faible'}) ; ${key}.`;
}

function backupText(i: Incident): string {
  if (!i.backup.exists) return 'Aucune sauvegarde n’existait.';
  if (!i.backup.restored) return 'Une sauvegarde existe ; les données ne sont pas encore restaurées.';
  return i.backup.restoredWithinHours === null
    ? 'Les données ont été restaurées depuis une sauvegarde.'
    : `Les données ont été restaurées depuis une sauvegarde en ${i.backup.restoredWithinHours} h.`;
}

export function buildNotification(input: NotificationInput): CnilNotification {
  const { business, incident: i, decision } = input;
  const manquants = missingForNotification(i);
  const delai = notificationDeadline(i.awareAt, input.now, input.notifiedAt ?? null);
  const people = decision.people;
  const informationDecision =
    people.mode === 'individuelle'
      ? 'Les personnes concernées seront informées individuellement.'
      : people.mode === 'publique'
        ? 'Les personnes concernées seront informées par une communication publique.'
        : 'Les personnes concernées ne seront pas informées individuellement.';
  return {
    phase: notificationPhase(input.previousNotifications ?? 0, manquants.map((m) => m.label)),
    responsable: { nom: business.nom, siret: business.siret ?? null, adresse: business.adresse },
    contact: business.contact,
    chronologie: {
      debut: i.occurredAt === null ? 'date inconnue à ce jour' : `${formatDateTime(i.occurredAt.at)}${i.occurredAt.approximate ? ' (date approximative)' : ''}`,
      connaissance: formatDateTime(i.awareAt),
      decouverte: orUnknown(i.discoveredHow),
      delai,
      motifRetard: delai.lateReasonRequired ? (input.lateReason?.trim() || null) : null,
    },
    nature: {
      types: i.nature.map((n) => NATURE_LABELS[n]),
      description: orUnknown(i.description),
      exposition: i.nature.includes('confidentialite') ? (i.exposure === null ? 'Pas encore connu' : `Données vues par ${EXPOSURE_LABELS[i.exposure]}`) : null,
      malveillance: i.malicious === true ? 'Acte malveillant' : i.malicious === false ? 'Erreur ou accident, sans malveillance' : 'Origine pas encore établie',
    },
    personnes: {
      categories: i.people.categories,
      nombre: i.people.count,
      approximatif: i.people.approximate,
      texte: countText(i.people.count, i.people.approximate, 'personne', 'personnes'),
    },
    enregistrements: {
      nombre: i.records.count,
      approximatif: i.records.approximate,
      texte: countText(i.records.count, i.records.approximate, 'enregistrement', 'enregistrements'),
    },
    donnees: i.dataCategories.map((d) => ({ libelle: d.category || KIND_LABELS[d.kind], type: KIND_LABELS[d.kind], sensible: isSensitive(d) })),
    consequences: orUnknown(i.consequences, 'En cours d’évaluation.'),
    mesures: { prises: orUnknown(i.measuresTaken, 'Aucune à ce jour.'), envisagees: orUnknown(i.measuresPlanned, 'Aucune à ce jour.') },
    protection: { chiffrement: encryptionText(i), sauvegarde: backupText(i) },
    gravite: { score: decision.severity.score, niveau: BAND_LABELS[decision.severity.band], explications: decision.severity.explanations },
    informationPersonnes: { decision: informationDecision, motifs: people.reasons },
    manquants,
  };
}

const bullet = (lines: readonly string[]): string => lines.map((l) => `- ${l}`).join('\n');

/** Ready-to-copy text, one section per block of the CNIL online form. */
export function renderNotificationText(n: CnilNotification): string {
  const c = n.contact;
  const contactLines = [
    `${c.nom}${c.fonction ? `, ${c.fonction}` : ''}${c.dpo ? ' (délégué à la protection des données)' : ''}`,
    `E-mail : ${c.email}`,
    ...(c.telephone ? [`Téléphone : ${c.telephone}`] : []),
  ];
  const sections: [string, string][] = [
    ['Type de notification', `${n.phase.label}.${n.manquants.length > 0 ? ` Informations à compléter : ${n.manquants.map((m) => m.label).join(' ; ')}.` : ''}`],
    ['Responsable du traitement', [n.responsable.nom, ...(n.responsable.siret ? [`SIRET : ${n.responsable.siret}`] : []), ...n.responsable.adresse].join('\n')],
    ['Personne à contacter', contactLines.join('\n')],
    [
      'Chronologie',
      bullet([
        `Début de la violation : ${n.chronologie.debut}`,
        `Connaissance de la violation : ${n.chronologie.connaissance}`,
        `Découverte : ${n.chronologie.decouverte}`,
        ...(n.chronologie.delai.lateReasonRequired
          ? [`Motif du retard de notification : ${n.chronologie.motifRetard ?? 'À COMPLÉTER (obligatoire après 72 heures)'}`]
          : []),
      ]),
    ],
    [
      'Nature de la violation',
      [bullet(n.nature.types), n.nature.description, ...(n.nature.exposition ? [n.nature.exposition + '.'] : []), `Origine : ${n.nature.malveillance}.`].join('\n'),
    ],
    [
      'Personnes concernées',
      `${n.personnes.texte.charAt(0).toUpperCase()}${n.personnes.texte.slice(1)}${n.personnes.categories.length > 0 ? ` : ${n.personnes.categories.join(', ')}` : ''}.`,
    ],
    ['Enregistrements concernés', `${n.enregistrements.texte.charAt(0).toUpperCase()}${n.enregistrements.texte.slice(1)}.`],
    [
      'Données concernées',
      n.donnees.length === 0
        ? 'Pas encore identifiées.'
        : bullet(n.donnees.map((d) => `${d.libelle}${d.libelle === d.type ? (d.sensible ? ' (donnée sensible)' : '') : ` (${d.type}${d.sensible ? ', donnée sensible' : ''})`}`)),
    ],
    ['Conséquences probables pour les personnes', n.consequences],
    ['Mesures prises', n.mesures.prises],
    ['Mesures envisagées', n.mesures.envisagees],
    ['Protection des données avant l’incident', `${n.protection.chiffrement}\n${n.protection.sauvegarde}`],
    ['Évaluation de la gravité', `Gravité ${n.gravite.niveau} (score ${n.gravite.score.toLocaleString('fr-FR')}).\n${bullet(n.gravite.explications)}`],
    ['Information des personnes', `${n.informationPersonnes.decision}\n${bullet(n.informationPersonnes.motifs)}`],
  ];
  return sections.map(([title, body]) => `${title.toUpperCase()}\n${body}`).join('\n\n') + '\n';
}
