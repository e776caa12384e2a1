// The client awareness kit: how the business collects, uses and protects its clients'
// data, advice for clients, and what happens after a breach. Pure: built from the tenant's
// profile and its self-assessment answers, rendered as HTML and Markdown (PDF elsewhere).
import type { ResolvedAnswers } from './assessment/index.ts';

export interface KitInput {
  raisonSociale: string;
  contactNom: string;
  contactEmail: string;
  adresse: string | null;
  answers: ResolvedAnswers;
  generatedAt: Date;
}

export interface KitSection {
  heading: string;
  paragraphs: string[];
  bullets: string[];
}

export interface KitDocument {
  title: string;
  subtitle: string;
  sections: KitSection[];
  footer: string;
}

// Measures are stated to clients only when the self-assessment says they are in place.
// Claims about Rempart's own protections are made only when Rempart verified them itself.
const VERIFIED_ONLY = new Set(['chiffr-fichier-clients', 'dfa-rempart', 'acces-journal']);
const MEASURES: [questionId: string, clientWording: string][] = [
  ['chiffr-fichier-clients', 'Votre fiche client est chiffrée : même en cas de vol de l’ordinateur ou de la base de données, elle reste illisible.'],
  ['chiffr-disque', 'Le disque de nos ordinateurs est chiffré.'],
  ['dfa-rempart', 'L’accès à notre fichier clients demande un mot de passe robuste et un code de vérification à usage unique (double authentification).'],
  ['dfa-messagerie', 'Notre messagerie professionnelle est protégée par la double authentification.'],
  ['mdp-gestionnaire', 'Nos mots de passe sont uniques et conservés dans un gestionnaire de mots de passe.'],
  ['acces-journal', 'Chaque consultation ou modification de vos données est inscrite dans un journal infalsifiable.'],
  ['acces-moindre-privilege', 'Seules les personnes qui en ont besoin accèdent à vos données, chacune avec son propre compte.'],
  ['sauv-chiffrees', 'Nos sauvegardes sont chiffrées et conservées en plusieurs endroits.'],
  ['poste-mises-a-jour', 'Nos ordinateurs et logiciels sont tenus à jour, avec un antivirus actif.'],
  ['reseau-wifi-public', 'Nous n’accédons à vos données sur un Wi-Fi public qu’à travers un VPN.'],
  ['papier-armoire', 'Les documents papier vous concernant sont rangés sous clé et détruits au broyeur quand ils ne sont plus utiles.'],
  ['st-contrats', 'Nos prestataires (comptable, hébergeur, logiciels) sont liés par un contrat qui protège vos données.'],
  ['incid-procedure', 'Nous avons une procédure écrite en cas d’incident de sécurité.'],
];

export function buildKit(input: KitInput): KitDocument {
  const inPlace = MEASURES.filter(([id]) => {
    const answer = input.answers[id];
    return answer?.value === 'oui' && (!VERIFIED_ONLY.has(id) || answer.source === 'rempart');
  }).map(([, text]) => text);
  const who = input.raisonSociale;
  const contact = `${input.contactNom} (${input.contactEmail})`;
  return {
    title: `Vos données chez ${who}`,
    subtitle: 'Comment nous collectons, utilisons et protégeons vos informations personnelles',
    sections: [
      {
        heading: 'Ce que nous collectons et pourquoi',
        paragraphs: [
          `${who} ne collecte que les informations nécessaires pour vous servir : vos coordonnées pour vous contacter, établir devis et factures, et les informations liées aux prestations que vous nous confiez.`,
          'Nous ne vendons jamais vos données et ne les utilisons pas à d’autres fins que celles pour lesquelles vous nous les avez confiées. Nous les conservons pendant la durée prévue par la loi, puis nous les supprimons.',
        ],
        bullets: [],
      },
      {
        heading: 'Comment nous les protégeons',
        paragraphs: inPlace.length ? [] : ['Nous mettons en place progressivement les mesures recommandées par la CNIL pour protéger vos données.'],
        bullets: inPlace,
      },
      {
        heading: 'Nos conseils pour vous protéger',
        paragraphs: [],
        bullets: [
          'Utilisez un mot de passe différent pour chaque service, long (une phrase de plusieurs mots) et rangé dans un gestionnaire de mots de passe.',
          'Activez la double authentification (un code reçu ou généré sur votre téléphone) sur votre messagerie, votre banque et vos comptes en ligne.',
          `Méfiez-vous des messages urgents qui demandent de payer ou de donner des informations : ${who} ne vous demandera jamais vos mots de passe ni vos coordonnées bancaires par e-mail ou SMS.`,
          'En cas de doute sur un message ou un changement de RIB à notre nom, appelez-nous au numéro habituel avant toute action.',
        ],
      },
      {
        heading: 'En cas de problème de sécurité',
        paragraphs: [
          'Si vos données venaient à être perdues, volées ou exposées, nous agirions immédiatement pour limiter les conséquences.',
          'Si l’incident présente un risque pour vous, nous le déclarerions à la CNIL dans les 72 heures et nous vous préviendrions directement, en vous expliquant ce qui s’est passé, les données concernées et les précautions à prendre.',
        ],
        bullets: [],
      },
      {
        heading: 'Vos droits',
        paragraphs: [
          `Vous pouvez à tout moment demander à consulter, corriger, recevoir ou faire supprimer vos données, ou vous opposer à leur utilisation. Écrivez à ${contact}${input.adresse ? ` ou au ${input.adresse}` : ''} ; nous répondons dans un délai d’un mois.`,
          'Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL (www.cnil.fr, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07).',
        ],
        bullets: [],
      },
    ],
    footer: `Document établi le ${input.generatedAt.toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris', day: 'numeric', month: 'long', year: 'numeric' })} par ${who}.`,
  };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function renderKitHtml(doc: KitDocument): string {
  const sections = doc.sections
    .map((s) => {
      const paragraphs = s.paragraphs.map((p) => `    <p>${esc(p)}</p>`).join('\n');
      const bullets = s.bullets.length ? `    <ul>\n${s.bullets.map((b) => `      <li>${esc(b)}</li>`).join('\n')}\n    </ul>` : '';
      return [`  <section>`, `    <h2>${esc(s.heading)}</h2>`, paragraphs, bullets, `  </section>`].filter(Boolean).join('\n');
    })
    .join('\n');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.title)}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.55; color: #1d2433; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; } .sous-titre { color: #4a5568; margin-top: 0; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 2px solid #d6e2f0; padding-bottom: .2rem; }
footer { margin-top: 2.5rem; font-size: .9rem; color: #4a5568; }
</style>
</head>
<body>
<main>
  <h1>${esc(doc.title)}</h1>
  <p class="sous-titre">${esc(doc.subtitle)}</p>
${sections}
</main>
<footer>${esc(doc.footer)}</footer>
</body>
</html>
`;
}

export function renderKitMarkdown(doc: KitDocument): string {
  const parts = [`# ${doc.title}`, '', `*${doc.subtitle}*`, ''];
  for (const s of doc.sections) {
    parts.push(`## ${s.heading}`, '');
    for (const p of s.paragraphs) parts.push(p, '');
    if (s.bullets.length) parts.push(...s.bullets.map((b) => `- ${b}`), '');
  }
  parts.push('---', '', doc.footer, '');
  return parts.join('\n');
}
