// Short information notices (first level of information, CNIL model wording): for web forms,
// for quotes and contracts, and two or three lines for e-mail signatures. Each names the
// processings that collect data at that point, and refers to the full privacy policy.
import type { CollectionPoint, LegalBasis, Processing, Register } from '../model.ts';
import { frenchList, unique } from './format.ts';
import { CNIL, MISSING, orderedProcessings, retentionLine } from './labels.ts';
import { rightsIn, usesConsent } from './rights.ts';
import type { Section, StructuredDocument } from './structure.ts';

const BASIS_WORDS: Readonly<Record<LegalBasis, string>> = {
  consentement: 'votre consentement',
  contrat: 'l’exécution d’un contrat ou de mesures précontractuelles',
  obligation_legale: 'le respect d’une obligation légale',
  interet_vital: 'la sauvegarde d’intérêts vitaux',
  mission_publique: 'une mission d’intérêt public',
  interet_legitime: 'notre intérêt légitime',
};

/** The processings collecting at this point; all of them when none says so (never an empty notice). */
export function processingsCollectedVia(register: Register, point: CollectionPoint): Processing[] {
  const all = orderedProcessings(register);
  const at = all.filter((p) => p.collectedVia.includes(point));
  return at.length ? at : all;
}

function processingNotice(p: Processing, register: Register, where: string): Section {
  const c = register.controller;
  const purposes = p.purposes.map((u) => u.purpose);
  const bases = unique(p.purposes.map((u) => (u.legalBasis ? BASIS_WORDS[u.legalBasis] : `base légale ${MISSING}`)));
  const recipients = unique(p.recipients.filter((r) => r.kind !== 'interne').map((r) => r.name));
  const mandatory = p.dataCategories.filter((d) => d.required?.mandatory);
  const paragraphs = [
    `Les informations recueillies ${where} sont enregistrées par ${c.raisonSociale} pour les finalités suivantes : ${purposes.length ? purposes.join(' ; ') : MISSING}. La base légale est ${frenchList(bases) || MISSING}.`,
    `Elles sont destinées à ${c.raisonSociale}${recipients.length ? ` et à ses prestataires ou partenaires : ${frenchList(recipients)}` : ' uniquement'}. Durée de conservation : ${p.retention.length ? p.retention.map(retentionLine).join(' ; ') : MISSING}.`,
  ];
  if (p.transfers.length) paragraphs.push(`Certaines données sont transférées hors de l’Union européenne (${frenchList(unique(p.transfers.map((t) => t.country)))}), avec des garanties décrites dans notre politique de confidentialité.`);
  if (mandatory.length) {
    paragraphs.push(`Informations obligatoires : ${frenchList(unique(mandatory.map((d) => d.label)))}. Les autres sont facultatives.`);
    for (const consequence of unique(mandatory.flatMap((d) => (d.required?.consequence?.trim() ? [d.required.consequence.trim()] : [])))) {
      paragraphs.push(consequence);
    }
  }
  return { heading: p.name, blocks: paragraphs.map((text) => ({ type: 'paragraph' as const, text })) };
}

function rightsNotice(register: Register, processings: Processing[]): Section {
  const c = register.controller;
  const applicable = rightsIn(processings);
  const rights = ['accéder aux données vous concernant', 'les rectifier', 'demander leur effacement', 'demander la limitation de leur utilisation'];
  if (applicable.has('opposition')) rights.push('vous opposer à leur utilisation');
  if (applicable.has('portabilite')) rights.push('demander leur portabilité');
  const policy = c.siteWeb?.trim() ? ` Pour en savoir plus, consultez notre politique de confidentialité sur ${c.siteWeb.trim()}.` : ' Pour en savoir plus, demandez-nous notre politique de confidentialité.';
  const blocks = [
    { type: 'paragraph' as const, text: `Vous pouvez ${frenchList(rights)}. Pour exercer ces droits ou pour toute question, écrivez à ${c.contactEmail}.${policy}` },
  ];
  if (usesConsent(processings)) blocks.push({ type: 'paragraph', text: 'Vous pouvez retirer votre consentement à tout moment.' });
  blocks.push({ type: 'paragraph', text: `Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL (${CNIL.website}).` });
  return { heading: 'Vos droits', blocks };
}

function notice(register: Register, point: CollectionPoint, where: string): Section[] {
  const processings = processingsCollectedVia(register, point);
  const uses: Section[] = processings.length
    ? processings.map((p) => processingNotice(p, register, where))
    : [{ heading: 'Utilisation de vos données', blocks: [{ type: 'paragraph', text: `Les informations recueillies ${where} sont enregistrées par ${register.controller.raisonSociale}. Leurs finalités, bases légales et durées de conservation sont ${MISSING}.` }] }];
  return [...uses, rightsNotice(register, processings)];
}

export function buildMentionFormulaire(register: Register): StructuredDocument {
  return {
    kind: 'mention-formulaire',
    title: 'Mention d’information pour les formulaires',
    subtitle: 'À placer sous chaque formulaire de votre site qui recueille des données personnelles',
    sections: notice(register, 'formulaire_web', 'dans ce formulaire'),
  };
}

export function buildMentionDevis(register: Register): StructuredDocument {
  return {
    kind: 'mention-devis',
    title: 'Mention d’information pour les devis et contrats',
    subtitle: 'À reproduire en bas de vos devis, bons de commande et contrats',
    sections: notice(register, 'devis_contrat', 'dans ce document'),
  };
}

export function buildSignatureEmail(register: Register): StructuredDocument {
  const c = register.controller;
  const more = c.siteWeb?.trim() ? `Plus d’informations : ${c.siteWeb.trim()}.` : 'Plus d’informations sur simple demande.';
  return {
    kind: 'signature-email',
    title: 'Mention pour la signature des e-mails',
    subtitle: 'À ajouter sous votre signature',
    sections: [
      {
        heading: 'Texte à copier',
        blocks: [
          { type: 'paragraph', text: `${c.raisonSociale} utilise les informations de nos échanges pour répondre à vos demandes et gérer notre relation.` },
          { type: 'paragraph', text: `Vous pouvez y accéder, les faire rectifier ou effacer, ou vous opposer à leur utilisation en écrivant à ${c.contactEmail}. ${more}` },
          { type: 'paragraph', text: `Réclamation possible auprès de la CNIL (${CNIL.website}).` },
        ],
      },
    ],
  };
}
