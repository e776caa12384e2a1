// A French text that is not UTF-8 was written in one byte per character: Windows-1252 (Excel's « CSV »,
// older Windows tools) or Mac OS Roman (Excel for Mac's « CSV (Macintosh) », older Mac software). The
// accented letters tell them apart: é è à ç ê are 0xE9 0xE8 0xE0 0xE7 0xEA in Windows-1252, where Mac OS
// Roman has symbols and capitals, and 0x8E 0x8F 0x88 0x8D 0x90 in Mac OS Roman, where Windows-1252 has
// « Ž », « ˆ » and three bytes it leaves undefined.

export type SingleByteEncoding = 'windows-1252' | 'macintosh';

/** Which one-byte encoding French text in `bytes` is written in (Windows-1252 unless Mac OS Roman's letters prevail). */
export function singleByteEncoding(bytes: Uint8Array): SingleByteEncoding {
  let mac = 0;
  let windows = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x88) continue;
    if (b === 0x8e || b === 0x8f || b === 0x88 || b === 0x8d || b === 0x90) mac++;
    else if (b >= 0xe0) windows++;
  }
  return mac >= 3 && mac > 2 * windows ? 'macintosh' : 'windows-1252';
}
