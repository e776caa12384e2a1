import { describe, expect, it } from 'vitest';
import { unreadEntries, unreadLine, UNREAD_KINDS, UNREAD_LABELS } from './unread.ts';

describe('unread files in plain French', () => {
  it('says one or many, with the advice', () => {
    expect(unreadLine('image', 1)).toBe('1 image ou photo — un scan de pièce d’identité, de carte Vitale ou de RIB est une donnée personnelle : à vérifier à la main.');
    expect(unreadLine('archive', 1234)).toBe('1\u202f234 archives non ouvertes (dans une autre archive, .iso, .dmg…) — à décompresser dans le dossier puis à analyser de nouveau.');
  });

  it('keeps only the kinds found, in a fixed order', () => {
    expect(unreadEntries({ autre: 2, image: 0, archive: 1, chiffre: 3 })).toEqual([['archive', 1], ['chiffre', 3], ['autre', 2]]);
    expect(unreadEntries({})).toEqual([]);
  });

  it('has words for every kind', () => {
    for (const k of UNREAD_KINDS) expect(UNREAD_LABELS[k].advice).toMatch(/\.$/);
  });
});
