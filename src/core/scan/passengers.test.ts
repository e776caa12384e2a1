// A travel agent's bookings: the passengers as the airlines' systems write them, and what their requests say.
import { describe, expect, it } from 'vitest';
import { detectText } from './detect.ts';
import type { FindingType } from './types.ts';

function found(text: string): Array<[FindingType, string]> {
  return detectText(text, { format: 'text' }).map((d) => [d.type, text.slice(d.start, d.start + d.length)]);
}

describe('airline bookings (PNRs, e-tickets)', () => {
  it('reads each passenger, surname and given names around the slash, a particle or a hyphen in the surname', () => {
    const pnr = 'RP/PARAF2100/PARAF2100            AA/SU  12MAR24/1432Z   X7K2LM\n  1.ROUX/PAUL MR   2.LE GALL/ANNE MARIE MRS   3.MARTIN-ROUX/LEA MISS\n';
    expect(found(pnr).filter(([t]) => t === 'person_name')).toEqual([['person_name', 'ROUX/PAUL'], ['person_name', 'LE GALL/ANNE MARIE'], ['person_name', 'MARTIN-ROUX/LEA']]);
    expect(found('Passager : DUPONT/JEAN-BAPTISTE MR, billet 057-2345678901')).toContainEqual(['person_name', 'DUPONT/JEAN-BAPTISTE']);
  });
  it('reads no slash between capitals that holds no first name before a title, nor one inside a word', () => {
    expect(found('Voir la pile TCP/IP MR, le cours ANGLAIS/FRANCAIS DR, le lien aROUX/PAUL MR')).toEqual([]);
  });
  it('reads their special service requests: a wheelchair, a diabetic\'s meal, a blind passenger (health), a Muslim\'s or a kosher meal (religion)', () => {
    const pnr = '  1.ROUX/PAUL MR\n  4 SSR WCHR AF HK1/S2/P1\n  5 SSR MOML AF HK1/S2/P1\n';
    expect(found(pnr).map(([t]) => t)).toEqual(['person_name', 'health', 'religion']);
    expect(found('BLANC/LEA MRS SSR KSML, SSR BLND').map(([t]) => t)).toEqual(['person_name', 'religion', 'health']);
    // not the codes' list
    expect(found('Les codes WCHR, MOML, KSML : comment les demander ? dit M. Roux.').map(([t]) => t)).toEqual(['person_name']);
  });
});
