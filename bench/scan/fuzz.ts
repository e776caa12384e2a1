// `npm run fuzz:scan [-- --seeds 1,2,3 --files 60 --only pdf,msg --images]`: damaged files, made
// from one well-formed file per format (Office, OpenDocument, PDF, Outlook, calendar, contacts,
// e-mail, HTML, archives, SQLite, Pages; images with --images) by changing bytes and 16/32-bit integers (counts, sizes, links: what hostile
// files change), and one per format cut short, are scanned through the real worker pool. Every
// file must come back with its report, none with « Erreur inattendue » or « trop de mémoire »,
// and the process must live: it found cfb's directory loop that aborted the process (V8 fatal
// error), msgreader's 268 MB stream and pdfjs' stray promise. Exits 1 on any of them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { rar4, sevenZip } from '../../test/helpers/archives.ts';
import { makeDocx, makeMsg, makeOdp, makeOds, makeOdt, makePages, makePdf, makePptx, makeXlsx } from '../../test/scan/engine-fixtures.ts';
import { scanFolders } from '../../src/scan/engine.ts';
import Database from 'better-sqlite3';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: '1,2,3' }, files: { type: 'string', default: '60' }, only: { type: 'string' }, images: { type: 'boolean', default: false } } });
const fixture = (name: string) => readFileSync(new URL(`../../test/scan/fixtures/${name}`, import.meta.url));
const crlf = (lines: string[]) => Buffer.from(lines.join('\r\n'));
const docx = makeDocx(['Client : Mme Hélène Garnier', 'IBAN FR76 3000 6000 0112 3456 7890 189', 'Tél. 06 11 22 33 44'], ['En-tête']);
const csv = 'nom;email\nMartin;jeanne.martin@exemple.fr\n';
const SEEDS: Record<string, Uint8Array> = {
  docx,
  xlsx: await makeXlsx({ Clients: [['Nom', 'Prénom', 'Email'], ['Garnier', 'Hélène', 'helene@exemple.fr']] }),
  ods: makeOds('Clients', [['Nom', 'Email'], ['Garnier', 'helene@exemple.fr']]),
  odt: makeOdt(['Mme Hélène Garnier', '12 rue des Lilas 69003 Lyon']),
  odp: makeOdp([['Présentation', 'paul@exemple.fr']]),
  pptx: makePptx([['Diapo', 'Contact : paul@exemple.fr']], { 1: ['Appeler le 06 11 22 33 44'] }),
  pdf: await makePdf([['Devis n° 12', 'Mme Hélène Garnier'], ['IBAN FR76 3000 6000 0112 3456 7890 189']]),
  msg: makeMsg({ subject: 'Devis', body: 'Mon IBAN : FR76 3000 6000 0112 3456 7890 189.', from: ['Paul Martin', 'paul@exemple.fr'], to: [['Hélène Garnier', 'helene@exemple.fr']], attachments: { 'rib.csv': strToU8(csv), 'contrat.docx': docx } }),
  doc: fixture('lettre.doc'),
  xls: fixture('clients.xls'),
  ppt: gunzipSync(fixture('formation.ppt.gz')),
  rtf: Buffer.from(String.raw`{\rtf1\ansi\ansicpg1252{\fonttbl\f0 Helvetica;}\f0 Rendez-vous avec Mme H\'e9l\'e8ne Garnier\par T\'e9l\'e9phone : 06 47 82 91 35\par}`),
  ics: crlf(['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'DTSTART:20261203T090000Z', 'SUMMARY:Séance Hélène Garnier', 'DESCRIPTION:Confirmer à helene.gar', ' nier@exemple.fr', 'END:VEVENT', 'END:VCALENDAR', '']),
  vcf: crlf(['BEGIN:VCARD', 'VERSION:3.0', 'N:Garnier;Hélène;;Mme;', 'EMAIL;type=INTERNET:helene.garnier@exemple.fr', 'TEL;type=CELL:06 47 82 91 35', 'END:VCARD', '']),
  eml: crlf(['From: Paul <paul@exemple.fr>', 'Content-Type: multipart/mixed; boundary="B"', '', '--B', 'Content-Type: text/plain; charset=utf-8', '', 'Écrivez à claire.bernard@exemple.fr', '--B', 'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="c.docx"', 'Content-Transfer-Encoding: base64', '', Buffer.from(docx).toString('base64').replace(/.{76}/g, '$&\r\n'), '--B--', '']),
  html: Buffer.from(`<html><head><meta charset="utf-8"></head><body>${'<p>Mme Hélène&nbsp;Garnier &lt;helene@exemple.fr&gt;</p>'.repeat(20)}</body></html>`),
  zip: zipSync({ 'a/lettre.docx': docx, 'b/clients.csv': strToU8(csv) }),
  'csv.gz': gzipSync(csv.repeat(30)),
  '7z': await sevenZip('7z', { 'Clients/liste.csv': csv, 'lettre.docx': docx }),
  'tar.xz': await sevenZip('tar.xz', { 'Clients/liste.csv': csv, 'lettre.docx': docx }),
  rar: rar4({ 'Clients/liste.csv': csv, 'lettre.docx': docx }),
  sqlite: sqliteDatabase(),
  // (stored, not deflated, as SheetJS writes it: the bytes changed are the binary records')
  xlsb: await binaryWorkbook(),
  // (stored, not deflated: the bytes changed are the IWA chunks' and the protobuf's)
  pages: makePages(['Client : Mme Hélène Garnier', 'IBAN FR76 3000 6000 0112 3456 7890 189', 'Tél. 06 11 22 33 44'], true),
};

/** An Excel binary workbook (.xlsb) of clients, as SheetJS writes one. */
async function binaryWorkbook(): Promise<Uint8Array> {
  const XLSX = await import('@e965/xlsx');
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Nom', 'Prénom', 'Email', 'Téléphone'], ...Array.from({ length: 30 }, (_, i) => ['Garnier', 'Hélène', `helene${i}@exemple.fr`, 647829135])]), 'Clients');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsb' }) as Buffer;
}

/** A client table and a full-text index, as an application keeps them (SQLite's file image). */
function sqliteDatabase(): Uint8Array {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE clients (id INTEGER PRIMARY KEY, nom TEXT, prenom TEXT, email TEXT, notes TEXT)');
  const insert = db.prepare('INSERT INTO clients (nom, prenom, email, notes) VALUES (?, ?, ?, ?)');
  for (let i = 0; i < 50; i++) insert.run('Garnier', 'Hélène', `helene${i}@exemple.fr`, 'Rappeler au 06 47 82 91 35');
  db.exec('CREATE VIRTUAL TABLE recherche USING fts5(contenu); INSERT INTO recherche SELECT notes FROM clients;');
  const image = db.serialize();
  db.close();
  return image;
}
// read by Tesseract with --images only (slower: a few images a second)
const IMAGES: Record<string, Uint8Array> = {
  png: fixture('rib.png'),
  jpg: fixture('rib.jpg'),
  webp: fixture('rib.webp'),
  gif: fixture('rib.gif'),
  heic: fixture('rib.heic'),
  bmp: gunzipSync(fixture('rib.bmp.gz')),
  tif: gunzipSync(fixture('rib-page2.tif.gz')),
};
if (values.images) Object.assign(SEEDS, IMAGES);
const INTEGERS = [0, 1, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff, 0x10000, 0x100000, 0x7fffffff, 0x80000000, 0xffffffff];
const FILES = Number(values.files);
const formats = values.only ? values.only.split(',') : Object.keys(SEEDS);
let failed = false;

for (const seedText of values.seeds.split(',')) {
  let state = Number(seedText);
  const random = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const dir = mkdtempSync(join(tmpdir(), 'rempart-fuzz-'));
  const written = new Map<string, number>();
  for (const format of formats) {
    const seed = SEEDS[format];
    if (!seed) throw new Error(`format inconnu : ${format}`);
    for (let i = 0; i < FILES; i++) {
      const copy = Buffer.from(seed);
      for (let k = 1 + Math.floor(random() * 12); k > 0; k--) {
        // a third of the changes in the first 2 KB (headers, directories), some in the last 512 bytes (a zip's directory)
        const where = random();
        const at = Math.floor(where < 0.35 ? random() * Math.min(copy.length, 2048) : where < 0.5 ? copy.length - 1 - random() * Math.min(copy.length - 1, 512) : random() * copy.length);
        if (random() < 0.5) copy[at] = Math.floor(random() * 256);
        else if (at + 4 <= copy.length) {
          const value = INTEGERS[Math.floor(random() * INTEGERS.length)]! >>> 0;
          if (random() < 0.5) copy.writeUInt32LE(value, at);
          else copy.writeUInt32BE(value, at);
        }
      }
      const last = i === FILES - 1;
      writeFileSync(join(dir, `${last ? 'coupe' : 'f'}-${i}.${format}`), last ? copy.subarray(0, Math.floor(copy.length * random())) : copy);
    }
    written.set(format, FILES);
  }
  const started = performance.now();
  const outcomes = new Map<string, Record<string, number>>();
  const bad: string[] = [];
  let skipped = 0;
  try {
    for await (const r of scanFolders([dir], { workers: 2, readImages: values.images, onProgress: (p) => (skipped = p.skipped ?? 0) })) {
      const name = basename(r.path);
      const format = name.slice(name.indexOf('.') + 1);
      const outcome = r.error?.code ?? 'lu';
      const counts = outcomes.get(format) ?? {};
      counts[outcome] = (counts[outcome] ?? 0) + 1;
      outcomes.set(format, counts);
      if (outcome === 'ERREUR_INTERNE' || outcome === 'MEMOIRE' || outcome === 'DELAI_DEPASSE') bad.push(`${r.path} : ${outcome}`);
    }
  } catch (err) {
    bad.push(`le scan s’est arrêté : ${String(err)}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const reported = [...outcomes.values()].reduce((n, c) => n + Object.values(c).reduce((a, b) => a + b, 0), 0);
  const total = [...written.values()].reduce((a, b) => a + b, 0);
  console.log(`graine ${seedText} : ${total} fichiers, ${reported} rapports, ${skipped} vus comme binaires, ${seconds.toFixed(1)} s, pic RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} Mo`);
  for (const [format, counts] of outcomes) console.log(`  ${format.padEnd(7)} ${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  if (reported + skipped !== total) bad.push(`${total - reported - skipped} fichiers sans rapport`);
  for (const b of bad) console.log(`  ÉCHEC ${b}`);
  failed ||= bad.length > 0;
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
