import { describe, expect, it } from 'vitest';
import { unemphasised } from './emphasis.ts';

describe('unemphasised', () => {
  it('blanks a pair of « ** » or « __ » in place, offsets kept', () => {
    const md = '- **Nom** : Kerbrat\n**Client :** Tehotu\n__Patient__ : Noelani';
    const out = unemphasised(md);
    expect(out).toBe('-   Nom   : Kerbrat\n  Client :   Tehotu\n  Patient   : Noelani');
    expect(out.length).toBe(md.length);
  });
  it('leaves a masked card, a lone marker, a blank inside the pair and a text without markers alone', () => {
    for (const t of ['Carte **** **** **** 1234', 'a ** b', '** gras **', 'x = a**2 + b**2', 'Rien à voir.']) expect(unemphasised(t)).toBe(t);
  });
});
