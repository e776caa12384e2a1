// Chat exports: each message's sender, as the phone saved the name, at the start of its line.
import { describe, expect, it } from 'vitest';
import { detectText } from './detect.ts';
import type { FindingType } from './types.ts';

function found(text: string): Array<[FindingType, string]> {
  return detectText(text, { format: 'text' }).map((d) => [d.type, text.slice(d.start, d.start + d.length)]);
}

describe('chat exports (WhatsApp)', () => {
  it('reads the sender of each message, as Android and iPhone export them, in French or in English', () => {
    const android = '12/03/2024 14:31 - Les messages et les appels sont chiffrés de bout en bout. Appuyez pour en savoir plus.\n' +
      '12/03/2024 14:32 - Solenn Tanguy: Bonjour, je voulais décaler la séance de jeudi\n' +
      '12/03/2024 14:35 - Brewenn: Pas de souci, vendredi 10h ?\n' +
      'ça vous irait ?\n' +
      '12/03/2024 14:36 - Solenn Tanguy: <Médias omis>\n';
    expect(found(android)).toEqual([['person_name', 'Solenn Tanguy'], ['person_name', 'Brewenn'], ['person_name', 'Solenn Tanguy']]);
    const iphone = '\u200e[12/03/2024, 14:32:05] Maëlys Le Goff: \u200eimage absente\n[12/03/2024, 14:33:10] Maëlys Le Goff: Voici la photo de la fuite\n';
    expect(found(iphone)).toEqual([['person_name', 'Maëlys Le Goff'], ['person_name', 'Maëlys Le Goff']]);
    const english = '3/12/24, 2:32\u202fPM - Nolwenn Quéré: Hi!\n[3/12/24, 2:33:01 PM] Nolwenn Quéré: Thanks\n';
    expect(found(english)).toEqual([['person_name', 'Nolwenn Quéré'], ['person_name', 'Nolwenn Quéré']]);
  });

  it('takes a business the phone saved by its name for no one', () => {
    const talk = '12/03/2024 18:45 - Cabinet Orthophonie Lefort: Bonjour Mme Moreau, c’est noté pour jeudi 17h\n12/03/2024 18:46 - Julie Moreau: Merci !\n';
    expect(found(talk)).toEqual([['person_name', 'Moreau'], ['person_name', 'Julie Moreau']]);
    // « Paris » opening a saved name is a body's; after a first name, a surname (France has its Paris family)
    const city = '12/01/2024 14:20 - Paris Habitat: Votre demande est enregistrée\n12/01/2024 14:21 - Céline Paris: Merci\n12/01/2024 14:22 - Chiamaka Paris: Ok\n';
    expect(found(city)).toEqual([['person_name', 'Céline Paris'], ['person_name', 'Chiamaka Paris']]);
  });

  it('reads the members a group\'s events name: who created it, added, removed or left, whose security code changed', () => {
    const group = '12/03/2024 14:30 - Gwenaëlle Kerbrat a créé le groupe « Yoga du mardi »\n' +
      '12/03/2024 14:31 - Gwenaëlle Kerbrat a ajouté Solenn Tanguy, Erwan et Maëlys Quéré\n' +
      '12/03/2024 14:40 - Solenn Tanguy a quitté\n12/03/2024 14:41 - Vous avez retiré Brewenn\n' +
      '3/12/24, 2:32 PM - Anne Riou added Tiphaine Cornec and Loïc Morvan\n' +
      '12/03/2024 14:42 - Le code de sécurité de Erwan Le Gall a changé. Appuyez pour en savoir plus.\n' +
      '3/12/24, 2:45 PM - Brewenn’s security code changed. Tap to learn more.\n';
    expect(found(group).map(([, v]) => v)).toEqual(['Gwenaëlle Kerbrat', 'Gwenaëlle Kerbrat', 'Solenn Tanguy', 'Erwan', 'Maëlys Quéré', 'Solenn Tanguy', 'Brewenn', 'Anne Riou', 'Tiphaine Cornec', 'Loïc Morvan', 'Erwan Le Gall', 'Brewenn']);
  });

  it('takes a health mention in a message as about someone', () => {
    expect(found('12/03/2024 14:32 - Solenn: diabétique, pas de sucre dans le gâteau svp\n')).toEqual([['person_name', 'Solenn'], ['health', 'diabétique']]);
  });

  it('reads no name where a number, an emoji, a log\'s level or a diary\'s entry stands', () => {
    expect(found('12/03/2024 14:33 - +33 6 12 34 56 78: Bonjour\n12/03/2024 14:34 - Maman ❤️: oui\n')).toEqual([['phone', '+33 6 12 34 56 78']]);
    expect(found('12/03/2024 14:32:05 - INFO: démarrage\n[12/03/2024 14:32] Serveur: prêt\n12/03/2024 14:30 - Appel: rappeler demain\n12/03/2024 15:00 - Rendez-vous: chantier rue haute\n')).toEqual([]);
    // the phone's owner as an SMS export writes them: no one's name
    expect(found('[12/11/2026 09:14] Karine Pelletier: Bonjour\n[12/11/2026 09:20] Moi: Pas de souci\n[12/11/2026 09:21] Me: ok\n').map(([, v]) => v)).toEqual(['Karine Pelletier']);
    // a line starting with a date and a time past a block's first 4 KB, in no chat: not read
    expect(found('Compte rendu de chantier. '.repeat(200) + '\n12/03/2024 14:30 - Solenn: vu\n')).toEqual([]);
  });
});
