// Bank statements name who paid in their transfers' labels, in capitals and without accents.
import { describe, expect, it } from 'vitest';
import { detectText } from './detect.ts';
import type { DetectHints } from './types.ts';

function names(text: string, hints?: DetectHints): string[] {
  return detectText(text, hints).filter((d) => d.type === 'person_name').map((d) => text.slice(d.start, d.start + d.length));
}

describe('payers in bank statements', () => {
  it.each([
    ['VIR SEPA RECU /DE KERBRAT YANNICK /MOTIF FACTURE 2026-114 /REF 1234567', 'KERBRAT YANNICK'],
    ['VIR INST DE M. OU MME LE BIHAN GWENAELLE', 'LE BIHAN GWENAELLE'],
    ["VIREMENT DE MME GUIVARC'H SOIZIC REF. DEVIS 88", "GUIVARC'H SOIZIC"],
    ['VIR SEPA JEAN-PIERRE MARTIN', 'JEAN-PIERRE MARTIN'],
    // a compound first name the list holds only in parts
    ['VIR SEPA RECU /DE MOREL JEAN-BAPTISTE /MOTIF ACOMPTE', 'MOREL JEAN-BAPTISTE'],
    ['VIR RECU 1234567890 DE: DUPONT MARIE MOTIF: COURS DE YOGA', 'DUPONT MARIE'],
    ['VIRT SEPA EMIS /A LE GALL ANNE /MOTIF LOYER', 'LE GALL ANNE'],
    // « POUR » before the name leads to it, after it ends it
    ['VIR SEPA EMIS POUR: DUPONT MARIE POUR LOYER MARS', 'DUPONT MARIE'],
    // a surname alone after an honorific
    ['VIREMENT A M DUPONT', 'DUPONT'],
  ])('« %s » names %s', (label, name) => {
    expect(names(`02/11/2026;${label};;450,00\n`, { format: 'csv' })).toEqual([name]);
    expect(names(`02/11/2026 ${label} 450,00\n`)).toEqual([name]);
  });

  it.each([
    'VIR SEPA RECU /DE URSSAF BRETAGNE /MOTIF REMBOURSEMENT',
    'VIR SEPA RECU /DE SARL KERBRAT YANNICK /MOTIF FACTURE 12',
    'VIR SEPA RECU /DE AMAZON PAYMENTS EUROPE',
    // a shop's country or legal form last, a shop named after someone (« France » and « Merlin » are first names)
    'VIR SEPA CASTORAMA FRANCE',
    'VIR SEPA LEROY MERLIN FRANCE',
    'VIR SEPA RECU /DE LEROY MERLIN /MOTIF REMBOURSEMENT',
    'VIR SEPA SPOTIFY AB',
    'VIR SEPA RECU /DE CHARLES ET FILS', // a family firm
    'VIR SEPA RECU /DE LOUIS PION', // a watchmaker's chain
    'VIR SEPA RECU /DE ALAIN AFFLELOU FRANCHISEUR',
    'PRLV SEPA EDF CLIENTS PARTICULIERS',
    'CB CARREFOUR 05/11 QUIMPER',
    'VIRGINIE MARTIN', // « VIR » is no word here
    'ENVIRON VIR 12 LE BOURG',
  ])('« %s » names no one', (label) => {
    expect(names(`02/11/2026;${label};45,20;\n`, { format: 'csv' })).toEqual([]);
  });

  it('reads honorifics in capitals anywhere, and « OU », « ET » between them as no name', () => {
    expect(names('Courrier remis à MME LE BIHAN GWENAELLE le 3 mars.')).toEqual(['LE BIHAN GWENAELLE']);
    expect(names('Facture adressée à M. OU MME KERBRAT, 12 rue de Brest.')).toEqual(['KERBRAT']);
    expect(names('Devis pour MR ET MME LE FLOCH.')).toEqual(['LE FLOCH']);
  });

  it('reads an OFX statement’s <NAME> and a QIF statement’s payer line', () => {
    expect(names('<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20261102<TRNAMT>450.00<NAME>VIR SEPA RECU /DE KERBRAT YANNICK<MEMO>FACTURE 114</STMTTRN>')).toEqual(['KERBRAT YANNICK']);
    expect(names('D02/11/2026\nT450.00\nPVIR SEPA RECU /DE KERBRAT YANNICK\nMFACTURE 114\n^\n')).toEqual(['KERBRAT YANNICK']);
  });
});

describe('the other party of a bank export (Qonto, Shine)', () => {
  it('names a person in a « Nom de la contrepartie » column when written as one, not a shop or a body', () => {
    const csv = '"Date de la valeur (UTC)","Nom de la contrepartie","Montant total (TTC)","Moyen de paiement"\n' +
      ['Gwenaëlle Le Bihan', 'LE BIHAN GWENAELLE', 'M. Kerbrat', 'Leroy Merlin', 'URSSAF Bretagne', 'ATELIER MARIE SOLEIL', 'PAUL', 'SARL Bati Ouest', 'Amazon EU']
        .map((who, i) => `"1${i}-03-2024 10:00:00","${who}","45.00","transfer"`)
        .join('\n') + '\n';
    expect(names(csv, { format: 'csv' })).toEqual(['Gwenaëlle Le Bihan', 'LE BIHAN GWENAELLE', 'Kerbrat']);
    // Shine's « Contrepartie », in a later block of the file
    expect(names('12/03/2024;YANNICK KERBRAT;60,00\n13/03/2024;CASTORAMA;-12,00\n', { format: 'csv', headerLine: 'Date;Contrepartie;Montant' })).toEqual(['YANNICK KERBRAT']);
  });
});
