// What an erasure request (art. 17 RGPD) does not erase, and why. The right is not absolute:
// legal obligations and legal claims come first (art. 17.3 b and e). The business must be able
// to tell the person precisely what is kept, for how long, and on which ground.
import { isIsoDate, type IsoDate } from '../clients/calendar.ts';

export interface ErasureFacts {
  hasInvoices: boolean;
  /** Date of the last invoice, to date the end of the accounting retention. */
  lastInvoiceAt?: IsoDate | null;
  ongoingContract: boolean;
  litigation: boolean;
  /** The person objected to prospection: a minimal trace keeps them off future campaigns. */
  objectedToMarketing?: boolean;
  /** A marketing consent was recorded (proof of the past sendings being lawful). */
  hadMarketingConsent?: boolean;
}

export interface KeptItem {
  what: string;
  why: string;
  until: string;
}

export interface ErasureOutcome {
  /** False when more than minimal traces must stay (contract, invoices, litigation): the answer then explains what and why. */
  erasesEverything: boolean;
  kept: KeptItem[];
  erased: string[];
  /** Ready-to-adapt paragraph for the answer to the person. */
  summary: string;
}

/**
 * End of the accounting retention: 10 years from the close of the financial year
 * (art. L123-22 Code de commerce); a micro-entrepreneur's financial year is the calendar year.
 */
function accountingEnd(lastInvoiceAt: IsoDate | null | undefined): string {
  if (!lastInvoiceAt || !isIsoDate(lastInvoiceAt)) return "10 ans après la clôture de l'exercice de la dernière facture";
  return `31 décembre ${Number(lastInvoiceAt.slice(0, 4)) + 10}`;
}

export function whatRemainsAfterErasure(facts: ErasureFacts): ErasureOutcome {
  const kept: KeptItem[] = [];
  if (facts.ongoingContract) {
    kept.push({
      what: 'Les coordonnées et informations nécessaires au contrat en cours',
      why: "Elles restent nécessaires à l'exécution du contrat : le droit à l'effacement ne s'applique qu'aux données qui ne sont plus nécessaires (art. 17.1.a et 6.1.b RGPD).",
      until: 'la fin du contrat ; elles seront alors effacées, sauf ce qui figure sur les factures',
    });
  }
  if (facts.hasInvoices) {
    kept.push({
      what: 'Les factures et pièces comptables (nom ou raison sociale, adresse, prestations, montants)',
      why: "Les documents comptables et pièces justificatives doivent être conservés 10 ans (article L123-22 du Code de commerce) : c'est une obligation légale, que l'effacement ne lève pas (art. 17.3.b RGPD).",
      until: accountingEnd(facts.lastInvoiceAt),
    });
  }
  if (facts.litigation) {
    kept.push({
      what: 'Les échanges, devis, contrats et preuves utiles au litige',
      why: "Ils sont nécessaires à la constatation, à l'exercice ou à la défense de droits en justice (art. 17.3.e RGPD).",
      until: "la fin du litige et des recours ; sans procès, 5 ans à compter des faits (prescription civile, article 2224 du Code civil)",
    });
  }
  if (facts.hadMarketingConsent) {
    kept.push({
      what: 'La preuve du consentement donné à la prospection (date, canal, texte présenté)',
      why: 'Elle prouve que les envois passés étaient licites (art. 7.1 RGPD) en cas de réclamation.',
      until: '5 ans après le dernier envoi (prescription civile, article 2224 du Code civil)',
    });
  }
  if (facts.objectedToMarketing) {
    kept.push({
      what: "L'adresse e-mail ou le numéro, seul, dans votre liste d'opposition",
      why: "Sans cette trace minimale, la personne pourrait être de nouveau sollicitée, par exemple après l'import d'un autre fichier.",
      until: "3 ans au moins après l'opposition (recommandation de la CNIL), tant que vous faites de la prospection",
    });
  }
  kept.push({
    what: 'La trace de la demande (date, type de demande, réponse apportée)',
    why: "Elle permet de prouver que la demande a été traitée (principe de responsabilité, art. 5.2 RGPD). Une copie de pièce d'identité éventuellement reçue est détruite dès la vérification faite.",
    until: '5 ans (prescription civile, article 2224 du Code civil)',
  });

  const erased = [
    facts.ongoingContract ? 'Dès maintenant : les données non nécessaires au contrat (notes, source, historique de prospection)' : 'La fiche client : e-mails, téléphones, adresse, notes, source, historique de prospection',
    'Les données de la personne dans les sauvegardes, au fil de leur renouvellement',
  ];
  const erasesEverything = !facts.ongoingContract && !facts.hasInvoices && !facts.litigation;
  const keptLines = kept.map((k) => `- ${k.what}, jusqu'à : ${k.until}. ${k.why}`).join('\n');
  const summary = erasesEverything
    ? `Vos données ont été effacées. Nous conservons seulement :\n${keptLines}`
    : `Nous avons effacé les données que rien ne nous oblige à garder. Certaines doivent être conservées :\n${keptLines}\nElles ne sont utilisées à aucune autre fin et seront supprimées à ces échéances.`;
  return { erasesEverything, kept, erased, summary };
}
