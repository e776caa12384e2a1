// Communication to a person (Art. 34(2)): in clear and plain language, what happened, which
// data, likely consequences, measures taken, the contact point, and what the person can do.
// Advice depends on the data lost, because "be careful" alone does not help anyone.
import type { BreachDecision } from './decision.ts';
import { concernsMinors, formatDate, has, hasFinancial, isSensitive, KIND_LABELS } from './labels.ts';
import type { Business, Incident } from './types.ts';

export interface LetterInput {
  business: Business;
  person: { civilite: 'M.' | 'Mme' | null; nom: string; prenom: string; adresse?: string[] | undefined };
  incident: Incident;
  decision: BreachDecision;
  /** Date printed on the postal letter; omitted when not given (this module never reads the clock). */
  date?: Date | undefined;
}

export interface RenderedLetter {
  email: { objet: string; texte: string };
  courrier: string;
  /** The advice paragraphs, also usable on their own (web page, SMS follow-up). */
  conseils: string[];
}

const PHISHING =
  'Méfiez-vous des messages (e-mail, SMS, appel) qui semblent venir de nous ou d’un organisme connu et vous demandent de cliquer sur un lien, de payer ou de donner des informations. Nous ne vous demanderons jamais votre mot de passe ni vos coordonnées bancaires. En cas de doute, contactez-nous par le moyen habituel.';

export function adviceFor(incident: Incident): string[] {
  const out: string[] = [];
  const disclosed = incident.nature.includes('confidentialite') || incident.nature.includes('integrite');
  if (disclosed) {
    if (has(incident, 'identifiants'))
      out.push(
        'Changez dès maintenant votre mot de passe pour votre compte chez nous, ainsi que sur tous les sites où vous utilisez le même. Utilisez un mot de passe différent pour chaque site et activez la double authentification quand elle est proposée.',
      );
    if (has(incident, 'carte-bancaire'))
      out.push(
        'Faites opposition à votre carte bancaire auprès de votre banque ou du centre d’opposition interbancaire (0 892 705 705), puis surveillez vos relevés.',
      );
    if (hasFinancial(incident))
      out.push(
        'Surveillez vos relevés bancaires dans les semaines qui viennent. Si vous voyez un paiement ou un prélèvement que vous n’avez pas autorisé, contestez-le auprès de votre banque : vous avez 13 mois pour le faire. Votre banque ne vous demandera jamais de valider une opération ou de donner un code par téléphone.',
      );
    if (has(incident, 'piece-identite'))
      out.push(
        'Surveillez tout courrier, relance ou appel concernant un crédit, un abonnement ou un compte que vous n’avez pas ouvert. Si votre identité est utilisée par quelqu’un d’autre, portez plainte : avec le récépissé, vous pourrez demander une nouvelle pièce d’identité en mairie. À l’avenir, ajoutez un filigrane sur les copies que vous envoyez (filigrane.beta.gouv.fr).',
      );
    if (has(incident, 'nir'))
      out.push(
        'Consultez régulièrement votre compte ameli pour repérer des remboursements ou des démarches que vous n’avez pas faits, et méfiez-vous des messages se présentant comme l’Assurance maladie ou la carte Vitale.',
      );
    if (has(incident, 'coordonnees') || has(incident, 'etat-civil') || has(incident, 'identifiants')) out.push(PHISHING);
    if (incident.dataCategories.some(isSensitive))
      out.push(
        'Ces informations sont personnelles et délicates. Si cette situation vous inquiète, parlez-en avec nous ; vous pouvez aussi être écouté et accompagné gratuitement par France Victimes au 116 006 (7 jours sur 7). Si quelqu’un vous contacte en évoquant ces informations, ne répondez pas et prévenez-nous.',
      );
    if (concernsMinors(incident))
      out.push('Parlez-en avec votre enfant et soyez attentif aux messages ou aux contacts inhabituels qu’il pourrait recevoir.');
  }
  if (incident.nature.includes('disponibilite') && !incident.backup.restored)
    out.push('Si vous avez gardé des copies des documents que vous nous aviez transmis, conservez-les : nous pourrions vous les redemander.');
  out.push('Vous pouvez aussi adresser une réclamation à la CNIL (www.cnil.fr).');
  return out;
}

function likelyConsequences(incident: Incident): string {
  if (incident.consequences.trim() !== '') return incident.consequences.trim();
  const risks: string[] = [];
  if (has(incident, 'identifiants')) risks.push('que quelqu’un se connecte à vos comptes');
  if (hasFinancial(incident)) risks.push('des paiements ou prélèvements frauduleux');
  if (has(incident, 'piece-identite') || has(incident, 'nir')) risks.push('une usurpation de votre identité');
  if (has(incident, 'coordonnees')) risks.push('des messages frauduleux ou non désirés');
  if (incident.dataCategories.some(isSensitive)) risks.push('la divulgation d’informations intimes');
  if (incident.nature.includes('disponibilite') && !incident.backup.restored) risks.push('un retard dans le suivi de votre dossier');
  return risks.length === 0
    ? 'Nous n’avons pas identifié de conséquence précise, mais restez attentif.'
    : `Les risques sont notamment ${risks.join(', ')}.`;
}

function whatHappened(incident: Incident): string {
  const when = incident.occurredAt ? ` ${incident.occurredAt.approximate ? 'vers le' : 'le'} ${formatDate(incident.occurredAt.at)}` : '';
  const what = incident.nature.includes('confidentialite')
    ? 'des informations vous concernant ont pu être vues ou copiées par des personnes qui n’auraient pas dû y avoir accès'
    : incident.nature.includes('integrite')
      ? 'des informations vous concernant ont été modifiées sans autorisation'
      : 'des informations vous concernant ont été perdues ou rendues inaccessibles';
  const detail = incident.description.trim();
  return `Lors d’un incident survenu${when}, ${what}.${detail ? `\n${detail}` : ''}`;
}

function body(input: LetterInput): string {
  const { business, incident } = input;
  const c = business.contact;
  const data = [...new Set(incident.dataCategories.map((d) => d.category.trim() || KIND_LABELS[d.kind]))];
  const taken = incident.measuresTaken.trim();
  const planned = incident.measuresPlanned.trim();
  const advice = adviceFor(incident);
  const contact = [`${c.nom}${c.fonction ? `, ${c.fonction}` : ''}`, `e-mail : ${c.email}`, ...(c.telephone ? [`téléphone : ${c.telephone}`] : [])].join(', ');
  return [
    `Nous vous écrivons pour vous informer d’un incident qui concerne vos données personnelles. Nous tenons à être transparents avec vous.`,
    `Ce qui s’est passé\n${whatHappened(incident)}`,
    `Les informations concernées\n${data.length > 0 ? data.map((d) => `- ${d}`).join('\n') : '- Nous sommes encore en train de les identifier.'}`,
    `Les conséquences possibles pour vous\n${likelyConsequences(incident)}`,
    `Ce que nous avons fait\n${taken || 'Nous avons pris des mesures pour arrêter l’incident.'}`,
    ...(planned ? [`Ce que nous allons faire\n${planned}`] : []),
    `Ce que nous vous conseillons\n${advice.map((a) => `- ${a}`).join('\n')}`,
    `Pour toute question\nVous pouvez contacter ${contact}.`,
    `Nous vous prions de nous excuser pour cet incident.`,
  ].join('\n\n');
}

const salutation = (civilite: 'M.' | 'Mme' | null): string => (civilite === 'M.' ? 'Monsieur,' : civilite === 'Mme' ? 'Madame,' : 'Madame, Monsieur,');

/** Art. 34 communication, as an e-mail and as a postal letter with address blocks. */
export function renderLetterToPerson(input: LetterInput): RenderedLetter {
  const { business, person } = input;
  const text = body(input);
  const signature = `${business.contact.nom}\n${business.nom}`;
  const fullName = [person.civilite, person.prenom, person.nom].filter((s) => s !== null && s.trim() !== '').join(' ');
  const objet = `Information importante concernant vos données personnelles – ${business.nom}`;
  const email = `${salutation(person.civilite)}\n\n${text}\n\n${signature}\n`;
  const sender = [business.nom, ...business.adresse].join('\n');
  const recipient = [fullName, ...(person.adresse ?? [])].join('\n');
  const place = business.adresse.at(-1)?.replace(/^\d{5}\s*/, '') ?? '';
  const dateLine = input.date ? `${place ? `${place}, le` : 'Le'} ${formatDate(input.date)}\n\n` : '';
  const courrier = `${sender}\n\n${recipient}\n\n${dateLine}Objet : ${objet}\n\n${salutation(person.civilite)}\n\n${text}\n\nNous vous prions d’agréer, ${salutation(person.civilite).replace(/,$/, '')}, l’expression de nos salutations distinguées.\n\n${signature}\n`;
  return { email: { objet, texte: email }, courrier, conseils: adviceFor(input.incident) };
}
