// JSON written with its letters escaped (« H\u00e9l\u00e8ne »: PHP's json_encode and Python's json.dumps by
// default), a website's SQL backup of such JSON (« H\\u00e9l\\u00e8ne »), and UTF-8 read as Windows-1252 then
// saved again (« HÃ©lÃ¨ne »), HTML entities outside HTML (« H&eacute;l&egrave;ne »): read as the same text written plainly, each finding placed and measured in the
// text as written.
import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/scan/analyse.ts';
import { formatOf } from '../../src/scan/formats.ts';
import { decodeLetters } from '../../src/scan/extract/encoded-letters.ts';
import type { Finding } from '../../src/core/scan/types.ts';
import { tempFolder } from '../helpers/temp-folder.ts';
import { makeDocx, makePdf, makeXlsx } from './engine-fixtures.ts';

const { file } = tempFolder('rempart-escapes-');

/** JSON as Python's json.dumps writes it by default: every letter outside ASCII as « \uXXXX ». */
const escapedJson = (value: unknown) => JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const CLIENTS = [
  { prenom: 'Hélène', nom: 'Quéré', adresse: "12 rue de l'Église, 29000 Quimper", note: 'Mme Hélène Quéré est suivie pour une dépression', naissance: 'née le 03/11/1979' },
  { prenom: 'Gaëlle', nom: 'Le Guévello', adresse: '3 allée des Châtaigniers, 56000 Vannes', note: 'Mme Gaëlle Le Guévello, allergique à la pénicilline', naissance: 'née le 21/06/1990' },
];

async function scan(path: string): Promise<Finding[]> {
  const format = formatOf(path);
  if (format === 'binaire') throw new Error(`${path} : fichier binaire`);
  const r = await analyseFile({ path, format, maxFindings: 100_000 }, () => {});
  expect(r.error).toBeUndefined();
  return r.findings;
}

/** What a finding covers in the file as written. */
const written = (lines: string[], f: Finding) => lines[f.line! - 1]!.slice(f.column! - 1, f.column! - 1 + f.length);

/** UTF-8 read as Windows-1252, as Excel opens a CSV export as « ANSI », then saved again as UTF-8. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const misencoded = (text: string) => Array.from(Buffer.from(text, 'utf8'), (b) => (b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80]! : String.fromCharCode(b))).join('');

describe('letters escaped as « \\u00e9 » or misencoded as « Ã© »', () => {
  it('finds in an escaped JSON export what it finds in the same export written plainly, placed in the text as written', async () => {
    // 2 000 lines (≈ 600 KB): findings in every block, and in the lines a block carries into the next
    const records = Array.from({ length: 1000 }, () => CLIENTS).flat();
    const plain = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
    const escaped = records.map((r) => escapedJson(r)).join('\n') + '\n';
    expect(escaped).not.toContain('é');
    const a = await scan(file('clients-utf8.jsonl', plain));
    const b = await scan(file('clients.jsonl', escaped));
    // every record's name, first name, address, note's name, health and birth date
    expect(a.length).toBe(2000 * 6);
    expect(b.map((f) => [f.type, f.line, f.masked])).toEqual(a.map((f) => [f.type, f.line, f.masked]));
    const plainLines = plain.split('\n');
    const escapedLines = escaped.split('\n');
    b.forEach((f, i) => {
      const span = written(escapedLines, f);
      expect(decodeLetters(span)?.text ?? span).toBe(written(plainLines, a[i]!));
    });
  });

  it('reads a WordPress forms plug-in’s entries in an SQL backup, the escapes’ backslash doubled', async () => {
    const fields = {
      1: { name: 'Nom', value: 'Maëlys Quéré', id: 1, type: 'name' },
      2: { name: 'E-mail', value: 'maelys.quere@orange.fr', id: 2, type: 'email' },
      3: { name: 'Date de naissance', value: '03/11/1979', id: 3, type: 'date-time' },
      4: { name: 'Avez-vous des problèmes de santé ?', value: 'Asthme sévère', id: 4, type: 'textarea' },
    };
    const row = escapedJson(fields).replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    const dump = 'CREATE TABLE `wp_wpforms_entries` (\n  `entry_id` bigint(20) NOT NULL,\n  `form_id` bigint(20) NOT NULL,\n  `fields` longtext NOT NULL,\n' +
      '  `date` datetime NOT NULL\n) ENGINE=InnoDB;\n' +
      `INSERT INTO \`wp_wpforms_entries\` VALUES (1,8,'${row}','2024-03-12 14:32:05');\n`;
    const found = await scan(file('site.sql', dump));
    const lines = dump.split('\n');
    expect(found.map((f) => [f.type, f.masked, decodeLetters(written(lines, f))?.text ?? written(lines, f)])).toEqual([
      ['person_name', 'M••••••••••é', 'Maëlys Quéré'],
      ['email', 'm••••••••••••••••••••r', 'maelys.quere@orange.fr'],
      ['birth_date', '0••••••••9', '03/11/1979'],
      ['health', 'A•••••••••••e', 'Asthme sévère'],
    ]);
  });

  it('finds in a CSV export misencoded (« PrÃ©nom », « QuÃ©rÃ© », « lâ€™Ã‰glise ») what it finds in the export itself', async () => {
    const rows = Array.from({ length: 1500 }, () => CLIENTS).flat();
    const plain = 'Nom;Prénom;Adresse;Date de naissance;Remarques\n' +
      rows.map((c) => [c.nom, c.prenom, c.adresse.replace("l'", 'l’'), c.naissance.slice(-10), c.note.replace(/^Mme [^,]*(, )?/, '')].join(';')).join('\n') + '\n';
    const wrong = misencoded(plain);
    expect(wrong).toContain('PrÃ©nom');
    expect(wrong).toContain('lâ€™Ã‰glise');
    const a = await scan(file('clients-utf8.csv', plain));
    const b = await scan(file('clients-ansi.csv', wrong));
    // 3 000 rows (≈ 270 KB, five blocks: the header the later ones read under is decoded too): each one's
    // name, first name, address, birth date, and health for half of them
    expect(a.length).toBe(3000 * 4 + 1500);
    expect(b.map((f) => [f.type, f.line, f.masked])).toEqual(a.map((f) => [f.type, f.line, f.masked]));
    const plainLines = plain.split('\n');
    const wrongLines = wrong.split('\n');
    b.forEach((f, i) => expect(misencoded(written(plainLines, a[i]!))).toBe(written(wrongLines, f)));
  });

  it('reads a PHP application\'s CSV export of HTML entities (« Qu&eacute;r&eacute; », « l&#039;&Eacute;glise »), whose « ; » cut the rows, as the export itself', async () => {
    const plain = 'nom;prenom;adresse;naissance;note\n' + CLIENTS.map((c) => [c.nom, c.prenom, c.adresse, c.naissance.slice(-10), c.note].join(';')).join('\n') + '\n';
    const entities = plain.replace(/'/g, '&#039;').replace(/é/g, '&eacute;').replace(/É/g, '&Eacute;').replace(/ë/g, '&euml;').replace(/â/g, '&acirc;').replace(/è/g, '&egrave;').replace(/à/g, '&#224;').replace(/ô/g, '&#xF4;');
    expect(entities).toContain('Qu&eacute;r&eacute;;H&eacute;l&egrave;ne;12 rue de l&#039;&Eacute;glise');
    const a = await scan(file('export.csv', plain));
    const b = await scan(file('export-entites.csv', entities));
    expect(a.length).toBe(12);
    expect(b.map((f) => [f.type, f.line, f.masked])).toEqual(a.map((f) => [f.type, f.line, f.masked]));
  });

  it('reads a Facebook, Messenger or Instagram export, whose JSON escapes each byte of a letter (« H\\u00c3\\u00a9l\\u00c3\\u00a8ne »)', async () => {
    const talk = { participants: [{ name: 'Hélène Quéré' }, { name: 'Atelier Kerbrat' }], messages: [
      { sender_name: 'Hélène Quéré', timestamp_ms: 1710250325000, content: 'Bonjour, je suis enceinte de 5 mois, c’est compatible avec le massage ?' },
      { sender_name: 'Atelier Kerbrat', timestamp_ms: 1710250400000, content: 'Oui, bien sûr' },
    ] };
    const plain = JSON.stringify(talk, null, 2) + '\n';
    // what Facebook writes: the UTF-8 bytes of each letter, each escaped as a character
    const facebook = JSON.stringify(talk, null, 2).replace(/[\u0080-\uffff]/g, (c) => Array.from(Buffer.from(c, 'utf8'), (b) => `\\u00${b.toString(16)}`).join('')) + '\n';
    expect(facebook).toContain('"sender_name": "H\\u00c3\\u00a9l\\u00c3\\u00a8ne Qu\\u00c3\\u00a9r\\u00c3\\u00a9"');
    const a = await scan(file('message_1-utf8.json', plain));
    const b = await scan(file('message_1.json', facebook));
    expect(a.map((f) => f.type)).toEqual(expect.arrayContaining(['person_name', 'health']));
    expect(b.map((f) => [f.type, f.line, f.masked])).toEqual(a.map((f) => [f.type, f.line, f.masked]));
  });

  it('reads a PDF invoice printed from misencoded data (« QuÃ©rÃ© ») and a Word document holding entities, as if written plainly', async () => {
    const lines = ['Facture 2024-118', 'Mme Hélène Quéré, née le 03/11/1979', '12 rue de l’Église, 29000 Quimper'];
    const plain = await scan(file('facture.pdf', await makePdf([lines])));
    const wrong = await scan(file('facture-ansi.pdf', await makePdf([lines.map(misencoded)])));
    expect(plain.map((f) => f.type)).toEqual(['person_name', 'birth_date', 'postal_address']);
    expect(wrong.map((f) => [f.type, f.locator, f.masked])).toEqual(plain.map((f) => [f.type, f.locator, f.masked]));
    const docx = await scan(file('courrier.docx', makeDocx(['Mme H&eacute;l&egrave;ne Qu&eacute;r&eacute;, n&eacute;e le 03/11/1979'])));
    expect(docx.map((f) => [f.type, f.locator, f.masked])).toEqual([['person_name', 'paragraphe 1', 'H••••••••••é'], ['birth_date', 'paragraphe 1', '0••••••••9']]);
  });

  it('reads a workbook whose cells were so misencoded (the CSV export opened as « ANSI », saved as .xlsx) as the workbook itself', async () => {
    const rows = [['Nom', 'Prénom', 'Date de naissance', 'Remarques'], ...CLIENTS.map((c) => [c.nom, c.prenom, c.naissance.slice(-10), c.note])];
    const a = await scan(file('clients.xlsx', await makeXlsx({ Clients: rows })));
    const b = await scan(file('clients-ansi.xlsx', await makeXlsx({ Clients: rows.map((r) => r.map(misencoded)) })));
    expect(a.map((f) => f.type)).toEqual(['person_name', 'person_name', 'person_name', 'person_name', 'birth_date', 'birth_date', 'person_name', 'health', 'person_name', 'health']);
    expect(b.map((f) => [f.type, f.locator, f.masked])).toEqual(a.map((f) => [f.type, f.locator, f.masked]));
  });

  it('leaves ASCII escaped as written (« \\u0022 » is a quote inside a JSON string) and maps each offset', () => {
    expect(decodeLetters('{"a":"\\u0022\\u0041"}')).toBeNull();
    expect(decodeLetters('C:\\users\\uwe')).toBeNull();
    const d = decodeLetters('"Qu\\u00e9r\\\\u00e9"\n');
    expect(d?.text).toBe('"Quéré"\n');
    expect(Array.from(d!.at)).toEqual([0, 1, 2, 3, 9, 10, 17, 18, 19]);
    // what French text writes with those letters is left as written: only the bytes of a letter, a sign or
    // French typography are decoded
    for (const text of ['SÃO PAULO', 'RÉSUMÉ…', 'Château, âge, Â', 'â€ seul', 'Å›', 'ÃŽle']) expect(decodeLetters(text)?.text ?? text).toBe(text === 'ÃŽle' ? 'Île' : text);
    // entities: letters always, « & » and « ' » in cells only (an apostrophe would end an SQL dump's string)
    expect(decodeLetters("l&#039;&Eacute;cole &amp; Fils, d&apos;Aubign&#233; &#x1F600; &unknown; &lt;")?.text).toBe("l&#039;École &amp; Fils, d&apos;Aubigné \u{1F600} &unknown; &lt;");
    expect(decodeLetters("l&#039;&Eacute;cole &amp; Fils, d&apos;Aubign&#233;", true)?.text).toBe("l'École & Fils, d'Aubigné");
    expect(decodeLetters('R&D, M & Mme, &#39; &amp;')).toBeNull();
    expect(decodeLetters('Ã\u0089cole Ã\u00a0 cÃ´tÃ© Â«\u00a0ouiÂ\u00a0Â» Å“uvre')?.text).toBe('École à côté «\u00a0oui\u00a0» œuvre');
  });
});
