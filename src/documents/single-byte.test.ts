// Windows-1252 or Mac OS Roman: French text's accented letters tell them apart.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { singleByteEncoding } from './single-byte.ts';

const FRENCH = 'Mme Hélène Quéré, née à Bécon-lès-Bruyères, préfère l’œuvre « Ça ira » — 12 € — très bien.';

describe('one byte per character', () => {
  it('tells Mac OS Roman from Windows-1252 by the accented letters, Windows-1252 by default', () => {
    expect(singleByteEncoding(iconv.encode(FRENCH, 'win1252'))).toBe('windows-1252');
    expect(singleByteEncoding(iconv.encode(FRENCH, 'macintosh'))).toBe('macintosh');
    // Windows-1252's typography (’ “ ” … – œ €) alone is no Mac OS Roman letter
    expect(singleByteEncoding(iconv.encode('l’eau “froide”… – 5 € œ', 'win1252'))).toBe('windows-1252');
    // too few letters to tell: Windows-1252
    expect(singleByteEncoding(iconv.encode('Hélène', 'macintosh'))).toBe('windows-1252');
    expect(singleByteEncoding(Buffer.from('plain ASCII'))).toBe('windows-1252');
  });
});
