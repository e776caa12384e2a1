// The privacy policy for the website: every item of Art. 13 (1) and (2) that applies,
// built from the register. Items that do not apply are stated as such (no transfer, no
// automated decision) so a reader never wonders whether they were forgotten.
import type { Processing, Register } from '../model.ts';
import { frenchList, unique } from './format.ts';
import {
  art9ConditionLine,
  categoryLabel,
  contactLine,
  controllerLines,
  dpoLine,
  legitimateInterests,
  MISSING,
  orderedProcessings,
  provisionLine,
  purposeLine,
  recipientLine,
  retentionLine,
  transferLine,
} from './labels.ts';
import { complaintParagraph, CONSENT_WITHDRAWAL, howToExercise, rightsList, usesConsent } from './rights.ts';
import type { Field, Section, StructuredDocument } from './structure.ts';

function processingSection(p: Processing): Section {
  const interests = legitimateInterests(p);
  const art9 = art9ConditionLine(p);
  const recipients = p.recipients.map((r) => recipientLine(r));
  const items: Field[] = [
    { label: 'Finalités et bases légales', value: p.purposes.length ? p.purposes.map(purposeLine) : [`Finalité ${MISSING}`] },
    ...(interests.length ? [{ label: 'Intérêts légitimes poursuivis', value: interests }] : []),
    ...(art9 ? [{ label: 'Ce qui nous autorise à utiliser des données sensibles', value: art9 }] : []),
    { label: 'Données utilisées', value: p.dataCategories.map(categoryLabel) },
    { label: 'Personnes concernées', value: p.peopleCategories },
    ...(p.sources.length ? [{ label: 'Origine des données', value: p.sources }] : []),
    { label: 'Destinataires', value: recipients.length ? recipients : ['Uniquement nous-mêmes'] },
    { label: 'Durées de conservation', value: p.retention.length ? p.retention.map(retentionLine) : [MISSING] },
  ];
  return { heading: p.name, blocks: [{ type: 'fields', items }] };
}

function provisionLines(processings: Processing[]): string[] {
  return processings.flatMap((p) => p.dataCategories.flatMap((c) => {
    const line = provisionLine(c);
    return line ? [`${p.name} — ${line}`] : [];
  }));
}

export function buildPolitique(register: Register): StructuredDocument {
  const c = register.controller;
  const processings = orderedProcessings(register);
  const transfers = processings.flatMap((p) => p.transfers.map(transferLine));
  const automated = processings.filter((p) => p.automatedDecision.exists);
  const provision = provisionLines(processings);
  const dpo = dpoLine(c);

  const sections: Section[] = [
    {
      heading: 'Qui est responsable de vos données ?',
      blocks: [
        { type: 'paragraph', text: `Le responsable de l’utilisation de vos données personnelles est ${controllerLines(c)}.` },
        {
          type: 'fields',
          items: [
            { label: 'Contact pour vos données', value: contactLine(c) },
            ...(c.siteWeb?.trim() ? [{ label: 'Site web', value: c.siteWeb.trim() }] : []),
            ...(dpo ? [{ label: 'Délégué à la protection des données', value: dpo }] : []),
          ],
        },
      ],
    },
    {
      heading: 'Pourquoi nous utilisons vos données, sur quelle base et pour combien de temps',
      blocks: processings.length
        ? [{ type: 'paragraph', text: 'Pour chaque utilisation de vos données : ce que nous faisons, la base légale qui nous y autorise, les données concernées, qui les reçoit et combien de temps nous les gardons.' }]
        : [{ type: 'paragraph', text: `Les utilisations de vos données sont ${MISSING}.` }],
      sections: processings.map(processingSection),
    },
    {
      heading: 'Transferts hors de l’Union européenne',
      blocks: transfers.length
        ? [
            { type: 'paragraph', text: 'Certaines de vos données sont transférées hors de l’Union européenne, avec les garanties suivantes. Vous pouvez nous demander une copie de ces garanties.' },
            { type: 'list', items: unique(transfers) },
          ]
        : [{ type: 'paragraph', text: 'Vos données ne sont pas transférées hors de l’Union européenne.' }],
    },
    {
      heading: 'Êtes-vous obligé de nous fournir vos données ?',
      blocks: provision.length
        ? [
            { type: 'paragraph', text: 'Certaines informations sont nécessaires pour conclure ou exécuter un contrat, ou imposées par la loi ; les autres sont facultatives.' },
            { type: 'list', items: provision },
          ]
        : [{ type: 'paragraph', text: `Le caractère obligatoire ou facultatif des données demandées est ${MISSING}.` }],
    },
    {
      heading: 'Décisions automatisées',
      blocks: automated.length
        ? automated.map((p) => ({
            type: 'paragraph' as const,
            text: `${p.name} : une décision est prise de façon automatisée. ${p.automatedDecision.logic?.trim() || `Logique ${MISSING}`}. Vous pouvez demander l’intervention d’une personne, exprimer votre point de vue et contester la décision.`,
          }))
        : [{ type: 'paragraph', text: 'Nous ne prenons aucune décision vous concernant sur le seul fondement d’un traitement automatisé, profilage compris.' }],
    },
    {
      heading: 'Vos droits',
      blocks: [
        { type: 'paragraph', text: 'Vous disposez des droits suivants sur vos données :' },
        { type: 'list', items: rightsList(register) },
        { type: 'paragraph', text: howToExercise(register) },
      ],
    },
  ];
  if (usesConsent(processings)) {
    sections.push({ heading: 'Retrait de votre consentement', blocks: [{ type: 'paragraph', text: CONSENT_WITHDRAWAL }] });
  }
  sections.push(
    { heading: 'Réclamation auprès de la CNIL', blocks: [{ type: 'paragraph', text: complaintParagraph() }] },
    {
      heading: 'Modification de cette politique',
      blocks: [{ type: 'paragraph', text: `Cette politique est tenue à jour à partir de notre registre des traitements${processings.length ? ` (${frenchList(processings.map((p) => p.name))})` : ''}. La date de sa version figure en tête du document.` }],
    },
  );
  return {
    kind: 'politique',
    title: 'Politique de confidentialité',
    subtitle: `${c.raisonSociale} — comment nous utilisons vos données personnelles`,
    sections,
    footer: `Document établi par ${c.raisonSociale} à partir de son registre des activités de traitement (articles 13 et 30 du RGPD).`,
  };
}
