// Native code of each lexicon entry's phrase, compiled alone as special.ts compiles it (for the text lowercased), in
// both string widths: what a new phrase costs before it lands (native-code.test.ts holds the total; an alternation
// inside a lookbehind can cost 30–125 KB for a few characters; one before a long list did too, until list-flush.ts). Deterministic only without JavaScript's compilers:
//   node --no-opt --no-sparkplug --no-maglev --no-regexp-tier-up --import tsx bench/scan/lexicon-code.ts [top]
import v8 from 'node:v8';
import { LEXICON } from '../../src/core/scan/lexicon.ts';
import { phraseSource } from '../../src/core/scan/special.ts';

const oneByte = 'mme roux est venue avec sa fille, elle a dit que tout va bien. '.repeat(50);
const twoByte = `${oneByte}’é`;
const code = () => v8.getHeapCodeStatistics().code_and_metadata_size;
const rows = LEXICON.map((entry, i) => {
  const re = new RegExp(phraseSource(entry.phrase), 'y');
  const before = code();
  for (const text of [oneByte, twoByte]) for (let at = 0; at < 30; at += 7) {
    re.lastIndex = at;
    re.exec(text);
  }
  return { i, type: entry.type, bytes: code() - before, chars: entry.phrase.length, start: entry.phrase.slice(0, 70) };
});
const top = Number(process.argv[2] ?? 20);
console.log(`total ${rows.reduce((a, r) => a + r.bytes, 0)} bytes for ${rows.length} entries; the ${top} largest:`);
for (const r of [...rows].sort((a, b) => b.bytes - a.bytes).slice(0, top)) console.log(`${String(r.bytes).padStart(7)} ${String(r.chars).padStart(5)} #${r.i} ${r.type} ${r.start}`);
