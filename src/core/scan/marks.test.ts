import { describe, expect, it } from 'vitest';
import { unmarked } from './marks.ts';

describe('unmarked', () => {
  it('blanks a pair of « ** » or « __ » in place, offsets kept', () => {
    const md = '- **Nom** : Kerbrat\n**Client :** Tehotu\n__Patient__ : Noelani';
    const out = unmarked(md);
    expect(out).toBe('-   Nom   : Kerbrat\n  Client :   Tehotu\n  Patient   : Noelani');
    expect(out.length).toBe(md.length);
  });
  it('leaves a masked card, a lone marker, a blank inside the pair and a text without markers alone', () => {
    for (const t of ['Carte **** **** **** 1234', 'a ** b', '** gras **', 'x = a**2 + b**2', 'Rien à voir... Vraiment.', 'Rien à voir.']) expect(unmarked(t)).toBe(t);
  });
  it('blanks a form\'s leaders, the one between a label and its value as its colon', () => {
    expect(unmarked('Nom ........ Kerbrat\nPrénom : ……… Yannick ……\nNom : ____Dupont____ Prénom')).toBe(
      'Nom :        Kerbrat\nPrénom :     Yannick   \nNom :     Dupont     Prénom',
    );
    // a line of underscores, a signature's space left blank
    expect(unmarked('Signature : ________\n____________')).toBe('Signature :         \n            ');
    // (an e-mail address's part stays)
    expect(unmarked('écrire à _______@domain.com')).toBe('écrire à _______@domain.com');
  });
});
