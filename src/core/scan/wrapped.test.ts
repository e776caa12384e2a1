import { describe, expect, it } from 'vitest';
import { joinWrappedLines } from './wrapped.ts';

describe('joinWrappedLines', () => {
  it('makes a wrapped paragraph’s line breaks spaces, \\r\\n included, the length unchanged', () => {
    const text = 'Comme vous me l’avez indiqué, votre mari étant en fauteuil\nroulant, je prévois un accès.\r\nBonjour, ma fille a un diabète de type 1 et ne peut pas manger de\r\ngâteau, elle est allergique aux arachides depuis toute petite.\n';
    const joined = joinWrappedLines(text);
    expect(joined).toHaveLength(text.length);
    expect(joined).toBe(text.replace('fauteuil\nroulant', 'fauteuil roulant').replace('de\r\ngâteau', 'de  gâteau'));
  });

  it('leaves short lines, sentences’ ends, capitals and text without breaks as they are', () => {
    for (const text of [
      'Nom : Durand\nallergique à la PPD\n',
      'Le rendez-vous est pris pour le mardi 12 à dix heures.\nelle viendra seule.\n',
      'Le rendez-vous est pris pour le mardi 12 à dix heures et\nMme Durand viendra seule.\n',
      'Le rendez-vous est pris pour le mardi 12 à dix heures avec \nmadame Durand, seule.\n',
      'une ligne sans retour',
      '',
    ]) expect(joinWrappedLines(text)).toBe(text);
  });
});
