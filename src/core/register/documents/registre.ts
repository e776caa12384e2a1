// The register of processing activities (Art. 30 (1)), laid out as the CNIL model: the
// controller, the list of processings, then one sheet (« fiche ») per processing with the
// model's sections in the model's order.
import type { HistoryEntry } from '../history.ts';
import type { Processing, Register } from '../model.ts';
import { frenchDate } from './format.ts';
import {
  art9ConditionLine,
  categoryLine,
  contactLine,
  controllerLines,
  dpoLine,
  isSensitive,
  legitimateInterests,
  MISSING,
  orderedProcessings,
  purposeLine,
  recipientLine,
  reference,
  retentionLine,
  supportLine,
  transferLine,
} from './labels.ts';
import { risksSection } from './risks-section.ts';
import type { Section, StructuredDocument } from './structure.ts';

const STATUS = { brouillon: 'Brouillon (non publié)', publie: 'Publié' } as const;
function orNone(items: string[], none = 'Aucun'): string[] {
  return items.length ? items : [none];
}

function sheet(p: Processing, index: number, register: Register): Section {
  const c = register.controller;
  const recipients = (kind: 'interne' | 'sous_traitant' | 'tiers') => orNone(p.recipients.filter((r) => r.kind === kind).map((r) => recipientLine(r, { contract: true })));
  const interests = legitimateInterests(p);
  const art9 = art9ConditionLine(p);
  return {
    heading: `Fiche ${reference(index)} : ${p.name}`,
    blocks: [],
    sections: [
      {
        heading: 'Description du traitement',
        blocks: [
          {
            type: 'fields',
            items: [
              { label: 'Nom du traitement', value: p.name },
              { label: 'N° / référence', value: reference(index) },
              { label: 'Date de création', value: frenchDate(p.createdAt) },
              { label: 'Date de dernière mise à jour', value: frenchDate(p.updatedAt) },
              { label: 'Statut', value: STATUS[p.status] },
              ...(p.description?.trim() ? [{ label: 'Description', value: p.description }] : []),
            ],
          },
        ],
      },
      {
        heading: 'Acteurs',
        blocks: [
          {
            type: 'fields',
            items: [
              { label: 'Responsable du traitement', value: controllerLines(c) },
              { label: 'Contact', value: contactLine(c) },
              { label: 'Délégué à la protection des données', value: dpoLine(c) ?? 'Non désigné' },
            ],
          },
        ],
      },
      {
        heading: 'Finalité(s) du traitement et base(s) légale(s)',
        blocks: [
          { type: 'list', items: orNone(p.purposes.map(purposeLine), `Finalité ${MISSING}`) },
          ...(interests.length || art9
            ? [
                {
                  type: 'fields' as const,
                  items: [
                    ...(interests.length ? [{ label: 'Intérêts légitimes poursuivis', value: interests }] : []),
                    ...(art9 ? [{ label: 'Exception permettant les données sensibles (art. 9.2)', value: art9 }] : []),
                  ],
                },
              ]
            : []),
        ],
      },
      { heading: 'Mesures de sécurité', blocks: [{ type: 'list', items: orNone(p.securityMeasures, `Mesures ${MISSING}`) }] },
      {
        heading: 'Catégories de données personnelles concernées',
        blocks: [{ type: 'list', items: orNone(p.dataCategories.filter((d) => !isSensitive(d)).map(categoryLine), 'Aucune') }],
      },
      {
        heading: 'Données sensibles',
        blocks: [{ type: 'list', items: orNone(p.dataCategories.filter(isSensitive).map(categoryLine), 'Aucune') }],
      },
      { heading: 'Catégories de personnes concernées', blocks: [{ type: 'list', items: orNone(p.peopleCategories, MISSING) }] },
      { heading: 'Sources des données', blocks: [{ type: 'list', items: orNone(p.sources, MISSING) }] },
      {
        heading: 'Destinataires des données',
        blocks: [
          {
            type: 'fields',
            items: [
              { label: 'Destinataires internes', value: recipients('interne') },
              { label: 'Sous-traitants', value: recipients('sous_traitant') },
              { label: 'Tiers destinataires', value: recipients('tiers') },
            ],
          },
        ],
      },
      {
        heading: 'Transferts des données hors de l’Union européenne',
        blocks: [{ type: 'list', items: orNone(p.transfers.map(transferLine), 'Aucun transfert') }],
      },
      { heading: 'Durées de conservation', blocks: [{ type: 'list', items: orNone(p.retention.map(retentionLine), MISSING) }] },
      { heading: 'Supports des données', blocks: [{ type: 'list', items: orNone(p.supports.map(supportLine), MISSING) }] },
      {
        heading: 'Décision automatisée',
        blocks: [
          {
            type: 'paragraph',
            text: p.automatedDecision.exists
              ? `Oui : ${p.automatedDecision.logic?.trim() || `logique ${MISSING}`}`
              : 'Aucune décision produisant des effets juridiques n’est prise sur le seul fondement d’un traitement automatisé.',
          },
        ],
      },
      risksSection(p),
    ],
  };
}

const ACTION_LABELS: Readonly<Record<HistoryEntry['action'], string>> = {
  cree: 'Création',
  modifie: 'Modification',
  publie: 'Publication',
  depublie: 'Retour en brouillon',
  supprime: 'Suppression',
};

/** The change history (Art. 30: the register is kept up to date), newest first. */
function historySection(history: readonly HistoryEntry[], register: Register): Section {
  const refs = new Map(orderedProcessings(register).map((p, i) => [p.id, `${reference(i)} ${p.name}`]));
  const rows = [...history]
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.processingId < b.processingId ? -1 : a.processingId > b.processingId ? 1 : 0))
    .map((e) => [frenchDate(e.at), refs.get(e.processingId) ?? 'Traitement supprimé', ACTION_LABELS[e.action], e.changes.map((c) => c.label).join(', ') || '—', e.actorLabel]);
  return {
    heading: 'Historique des modifications',
    blocks: rows.length
      ? [{ type: 'table', columns: ['Date', 'Traitement', 'Action', 'Éléments modifiés', 'Par'], rows }]
      : [{ type: 'paragraph', text: 'Aucune modification enregistrée.' }],
  };
}

export function buildRegistre(register: Register, options: { history?: readonly HistoryEntry[] } = {}): StructuredDocument {
  const c = register.controller;
  const processings = orderedProcessings(register);
  return {
    kind: 'registre',
    title: 'Registre des activités de traitement',
    subtitle: `${c.raisonSociale} — article 30 du RGPD, modèle de la CNIL`,
    sections: [
      {
        heading: 'Responsable du traitement',
        blocks: [
          {
            type: 'fields',
            items: [
              { label: 'Organisme', value: c.raisonSociale },
              { label: 'SIREN', value: c.siren?.trim() || 'Non renseigné' },
              { label: 'Adresse', value: c.adresse?.trim() || 'Non renseignée' },
              { label: 'Contact', value: contactLine(c) },
              { label: 'Délégué à la protection des données', value: dpoLine(c) ?? 'Non désigné' },
            ],
          },
        ],
      },
      {
        heading: 'Liste des traitements',
        blocks: processings.length
          ? [
              {
                type: 'table',
                columns: ['N° / référence', 'Nom du traitement', 'Date de création', 'Dernière mise à jour', 'Statut'],
                rows: processings.map((p, i) => [reference(i), p.name, frenchDate(p.createdAt), frenchDate(p.updatedAt), STATUS[p.status]]),
              },
            ]
          : [{ type: 'paragraph', text: 'Aucun traitement n’est encore inscrit au registre.' }],
      },
      ...processings.map((p, i) => sheet(p, i, register)),
      ...(options.history ? [historySection(options.history, register)] : []),
    ],
    footer: `Registre tenu par ${c.raisonSociale} en application de l’article 30 du RGPD. À présenter à la CNIL sur demande.`,
  };
}
