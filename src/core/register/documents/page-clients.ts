// The client-facing page: how the business protects its clients' data, in plain words,
// from the register's supports and security measures. Folder paths are never shown: they
// describe the business's computer, not what a client needs to know.
import { SUPPORT_KIND_LABELS, type Register, type Support } from '../model.ts';
import { unique } from './format.ts';
import { CNIL, MISSING, orderedProcessings, retentionLine } from './labels.ts';
import type { StructuredDocument } from './structure.ts';

const SUPPORT_WORDS: Readonly<Record<Support['kind'], string>> = {
  materiel: 'sur notre matériel',
  logiciel: 'dans un logiciel ou service en ligne',
  canal: 'pour nos échanges',
  papier: 'sur papier',
  lieu: 'dans nos locaux',
};

function supportPlain(s: Support): string {
  const where = s.location?.trim() ? `, ${s.location.trim()}` : '';
  return `${s.name} (${SUPPORT_WORDS[s.kind] ?? SUPPORT_KIND_LABELS[s.kind]}${where})`;
}

export function buildPageClients(register: Register): StructuredDocument {
  const c = register.controller;
  const processings = orderedProcessings(register);
  const supports = unique(processings.flatMap((p) => p.supports.map(supportPlain)));
  const measures = unique(processings.flatMap((p) => p.securityMeasures.map((m) => m.trim())).filter(Boolean));
  const internal = unique(processings.flatMap((p) => p.recipients.filter((r) => r.kind === 'interne').map((r) => r.name)));
  const processors = unique(processings.flatMap((p) => p.recipients.filter((r) => r.kind === 'sous_traitant').map((r) => r.name)));
  const third = unique(processings.flatMap((p) => p.recipients.filter((r) => r.kind === 'tiers').map((r) => r.name)));
  const countries = unique(processings.flatMap((p) => p.transfers.map((t) => t.country)));
  const access = [
    ...(internal.length ? [`Au sein de ${c.raisonSociale} : ${internal.join(', ')}.`] : [`Au sein de ${c.raisonSociale} : uniquement les personnes qui s’occupent de votre dossier.`]),
    ...(processors.length ? [`Nos prestataires, qui n’agissent que sur nos instructions : ${processors.join(', ')}.`] : []),
    ...(third.length ? [`Lorsque c’est nécessaire ou imposé par la loi : ${third.join(', ')}.`] : []),
  ];
  return {
    kind: 'page-clients',
    title: `Vos données chez ${c.raisonSociale}`,
    subtitle: 'Comment nous protégeons les informations que vous nous confiez',
    sections: [
      {
        heading: 'Ce que nous utilisons et pourquoi',
        blocks: [
          { type: 'paragraph', text: 'Nous ne recueillons que ce qui est utile pour vous servir. Nous ne vendons jamais vos données.' },
          { type: 'fields', items: processings.map((p) => ({ label: p.name, value: p.dataCategories.map((d) => d.label) })) },
        ],
      },
      {
        heading: 'Où vos données sont conservées',
        blocks: supports.length ? [{ type: 'list', items: supports }] : [{ type: 'paragraph', text: `Les supports de vos données sont ${MISSING}.` }],
      },
      {
        heading: 'Qui peut les voir',
        blocks: [
          { type: 'list', items: access },
          {
            type: 'paragraph',
            text: countries.length
              ? `Certaines données sont transférées hors de l’Union européenne (${countries.join(', ')}), avec les garanties prévues par le RGPD.`
              : 'Vos données restent dans l’Union européenne.',
          },
        ],
      },
      {
        heading: 'Comment nous les protégeons',
        blocks: measures.length ? [{ type: 'list', items: measures }] : [{ type: 'paragraph', text: 'Nous mettons en place progressivement les mesures recommandées par la CNIL pour protéger vos données.' }],
      },
      {
        heading: 'Combien de temps nous les gardons',
        blocks: [
          { type: 'paragraph', text: 'Nous gardons vos données le temps nécessaire, puis nous les supprimons ou les archivons comme la loi le demande.' },
          { type: 'list', items: unique(processings.flatMap((p) => p.retention.map(retentionLine))) },
        ],
      },
      {
        heading: 'En cas de problème',
        blocks: [
          { type: 'paragraph', text: 'Si vos données venaient à être perdues, volées ou exposées, nous agirions immédiatement pour limiter les conséquences. Si l’incident présente un risque pour vous, nous le déclarerions à la CNIL dans les 72 heures et nous vous préviendrions directement.' },
        ],
      },
      {
        heading: 'Vos droits',
        blocks: [
          { type: 'paragraph', text: `Vous pouvez consulter, corriger, faire supprimer ou recevoir vos données, et vous opposer à leur utilisation. Écrivez à ${c.contactNom} (${c.contactEmail}) ; nous répondons dans un délai d’un mois.` },
          { type: 'paragraph', text: `Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL (${CNIL.website}, ${CNIL.address}).` },
        ],
      },
    ],
    footer: `Page établie par ${c.raisonSociale} à partir de son registre des traitements.`,
  };
}
