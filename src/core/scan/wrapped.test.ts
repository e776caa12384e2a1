import { describe, expect, it } from 'vitest';
import { fromJoined, joinWrappedLines, toJoined } from './wrapped.ts';

describe('joinWrappedLines', () => {
  it('makes a wrapped paragraph’s line breaks one space each, and maps positions back across a dropped \\r', () => {
    const text = 'Comme vous me l’avez indiqué, votre mari étant en fauteuil\nroulant, je prévois un accès.\r\nBonjour, ma fille a un diabète de type 1 et ne peut pas manger de\r\ngâteau, elle est allergique aux\r\narachides depuis toute petite, écrit sa mère.\n';
    const { text: joined, joints } = joinWrappedLines(text);
    expect(joined).toBe(text.replace('fauteuil\nroulant', 'fauteuil roulant').replace('de\r\ngâteau', 'de gâteau'));
    expect(joints).toEqual([joined.indexOf('de gâteau') + 2]);
    // every character of the joined text stands where it stood (a joint where its \r did, a space where its \n did)
    for (let p = 0; p < joined.length; p++) {
      const was = text[fromJoined(joints, p)];
      if (joints.includes(p)) expect(was).toBe('\r');
      else if (was === '\n' && joined[p] === ' ') expect(text[fromJoined(joints, p) + 1]).toBe(joined[p + 1]);
      else expect(was).toBe(joined[p]);
    }
    const start = text.indexOf('gâteau');
    expect(toJoined(joints, [[start, start + 6]])).toEqual([[joined.indexOf('gâteau'), joined.indexOf('gâteau') + 6]]);
  });

  it('leaves short lines, sentences’ ends, capitals and text without breaks as they are', () => {
    for (const text of [
      'Nom : Durand\nallergique à la PPD\n',
      'Le rendez-vous est pris pour le mardi 12 à dix heures.\nelle viendra seule.\n',
      'Le rendez-vous est pris pour le mardi 12 à dix heures et\nMme Durand viendra seule.\n',
      'Le rendez-vous est pris pour le mardi 12 à dix heures avec \nmadame Durand, seule.\n',
      'une ligne sans retour',
      '',
    ]) expect(joinWrappedLines(text)).toEqual({ text, joints: [] });
  });
});
