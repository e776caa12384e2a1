// Documents attached to e-mails (a quote in PDF, a CV in .docx, a .csv export) are read after
// the message, with the locator « pièce jointe « nom », page N »; images are not searched as
// text; a protected attachment is passed over and the message still counts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.ts';
import { analyseFile } from '../../src/scan/analyse.ts';
import { formatOf } from '../../src/scan/formats.ts';
import { scanToList } from '../../src/scan/engine.ts';
import { makeCompoundFile, makeDocx, makeMsg, makePdf } from './engine-fixtures.ts';

const { dir, file: write } = tempFolder('rempart-pj-');
const file = (name: string, lines: string[]) => write(name, lines.join('\r\n'));
const b64 = (b: Uint8Array | string) => Buffer.from(b).toString('base64').replace(/.{76}/g, '$&\r\n');
const located = async (path: string, format: 'eml' | 'msg' = 'eml') => {
  const r = await analyseFile({ path, format, maxFindings: 100 }, () => {});
  return { r, at: r.findings.map((f) => `${f.type} ${f.locator ?? `ligne ${f.line}`}`) };
};

describe('e-mail attachments', () => {
  it('reads attached documents, named in every usual way, after the message', async () => {
    const pdf = await makePdf([['Devis n° 12'], ['IBAN FR76 3000 6000 0112 3456 7890 189']]);
    const docx = makeDocx(['Curriculum vitæ', 'Téléphone : 06 11 22 33 44']);
    const odt = makeDocx(['Écrire à compta@client-exemple.fr']); // a .docx sent under a Latin-1 name
    const lines = [
      'From: Sophie <sophie@exemple.fr>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="B"',
      '',
      '--B',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Bonjour, voici les pièces.',
      '--B',
      'Content-Type: application/pdf; name="devis.pdf"',
      'Content-Disposition: attachment;',
      '\tfilename="devis.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      b64(pdf),
      '--B',
      'Content-Type: application/octet-stream',
      "Content-Disposition: attachment; filename*=UTF-8''CV%20Z%C3%A9lie.docx",
      'Content-Transfer-Encoding: base64',
      '',
      b64(docx),
      '--B',
      'Content-Type: application/octet-stream',
      "Content-Disposition: attachment; filename*=iso-8859-1''r%E9sum%E9.docx",
      'Content-Transfer-Encoding: base64',
      '',
      b64(odt),
      '--B',
      'Content-Type: application/octet-stream; name="=?UTF-8?Q?clients_=C3=A9t=C3=A9.csv?="',
      'Content-Transfer-Encoding: base64',
      '',
      b64('nom;email\nMartin;jeanne.martin@exemple.fr\n'),
      '--B',
      'Content-Type: image/png; name="photo.png"',
      'Content-Transfer-Encoding: base64',
      '',
      b64('rappeler le 01 23 45 67 89 ou ecrire a cache@exemple.fr'),
      '--B',
      'Content-Type: image/png; name="logo.png"',
      'Content-Disposition: inline',
      'Content-Transfer-Encoding: base64',
      '',
      b64('logo'),
      // base64 of a binary part is not text: this line would read as an IBAN
      'FR7630006000011234567890189',
      '--B--',
      'Signature : fin@exemple.fr',
    ];
    const { r, at } = await located(file('devis.eml', lines));
    expect(r.error).toBeUndefined();
    const all = lines.join('\r\n').split('\r\n');
    expect(at).toEqual([
      'email ligne 1',
      `email ligne ${all.length}`,
      'iban pièce jointe « devis.pdf », page 2',
      'phone pièce jointe « CV Zélie.docx », paragraphe 2',
      'email pièce jointe « résumé.docx », paragraphe 1',
      // a table is read after the message too, as a table, its lines numbered as its own
      'person_name pièce jointe « clients été.csv », ligne 2',
      'email pièce jointe « clients été.csv », ligne 2',
    ]);
    // the attached photo is counted as not read (a scanned identity card?), the signature's logo is not
    expect(r.unread).toEqual({ image: 1 });
  });

  it('reads an attached client file as the table it is, its columns named by its header, and a text file in place', async () => {
    const lines = [
      'Content-Type: multipart/mixed; boundary="B"',
      '',
      '--B',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Voici le fichier clients.',
      '--B',
      'Content-Type: text/csv; charset=utf-8; name="clients.csv"',
      'Content-Disposition: attachment; filename="clients.csv"',
      'Content-Transfer-Encoding: base64',
      '',
      b64('Nom;Prénom;Notes\nDURAND;Paul;diabétique type 2\nLEROY;Anne;RAS\n'),
      '--B',
      'Content-Type: text/plain; name="notes.txt"',
      'Content-Transfer-Encoding: base64',
      '',
      b64('rappeler au 06 11 22 33 44'),
      '--B--',
    ];
    const { r, at } = await located(file('export.eml', lines));
    expect(r.error).toBeUndefined();
    const all = lines.join('\r\n').split('\r\n');
    // the text file's first base64 line, counted from 1: after its two headers and the blank line
    const txtLine = all.indexOf('Content-Type: text/plain; name="notes.txt"') + 4;
    expect(at).toEqual([
      `phone ligne ${txtLine}`,
      'person_name pièce jointe « clients.csv », ligne 2',
      'person_name pièce jointe « clients.csv », ligne 2',
      'health pièce jointe « clients.csv », ligne 2',
      'person_name pièce jointe « clients.csv », ligne 3',
      'person_name pièce jointe « clients.csv », ligne 3',
    ]);
  });

  it('passes over a protected or damaged attachment and still reads the rest', async () => {
    const locked = await makePdf([['iban FR76 3000 6000 0112 3456 7890 189']], { userPassword: 'secret' });
    const lines = [
      'Content-Type: multipart/mixed; boundary="B"',
      '',
      '--B',
      'Content-Type: application/pdf; name="verrou.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      b64(locked),
      '--B',
      'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="casse.docx"',
      'Content-Transfer-Encoding: base64',
      '',
      b64('pas un zip'),
      '--B',
      'Content-Type: application/pdf; name="carte-identite.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      b64(await makePdf([[]], { image: true })),
      '--B',
      'Content-Type: application/pdf; name="ok.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      b64(await makePdf([['Contact : ok@exemple.fr']])),
      '--B--',
    ];
    const { r, at } = await located(file('verrou.eml', lines));
    expect(r.error).toBeUndefined();
    expect(at).toEqual(['email pièce jointe « ok.pdf », page 1']);
    // none is hidden: counted in « Fichiers non lus » (a scanned PDF with the images)
    expect(r.unread).toEqual({ chiffre: 1, illisible: 1, image: 1 });
  });

  it('reads a mailbox file (Thunderbird « Inbox », no extension) message by message, attachments too', async () => {
    const lines = [
      'From - Mon Mar 02 09:00:00 2026',
      'From: Paul <paul@exemple.fr>',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      b64('Bonjour, écrivez à claire.bernard@exemple.fr'),
      '',
      'From - Mon Mar 02 18:00:00 2026',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      b64('Rappel : luc.martin@exemple.fr'),
      '',
      'From - Tue Mar 03 10:00:00 2026',
      'From: Zoé <zoe@exemple.fr>',
      'Content-Type: multipart/mixed; boundary="C"',
      '',
      '--C',
      'Content-Type: application/pdf; name="rib.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      b64(await makePdf([['IBAN FR76 3000 6000 0112 3456 7890 189']])),
      '--C--',
      '',
    ];
    const p = file('Inbox', lines);
    const r = await analyseFile({ path: p, format: 'texte', maxFindings: 100 }, () => {});
    const at = r.findings.map((f) => `${f.type} ${f.locator ?? `ligne ${f.line}`}`);
    expect(at).toEqual(['email ligne 2', 'email ligne 6', 'email ligne 12', 'email ligne 15', 'iban pièce jointe « rib.pdf », page 1']);
  });

  it('reads an Apple Mail message (.emlx: its byte count, the message, then a property list) as an e-mail', async () => {
    const message = ['From: Paul <paul@exemple.fr>', 'Content-Type: multipart/mixed; boundary="B"', '', '--B', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64', '', b64('Écrivez à claire.bernard@exemple.fr'), '--B', 'Content-Type: application/pdf; name="rib.pdf"', 'Content-Transfer-Encoding: base64', '', b64(await makePdf([['IBAN FR76 3000 6000 0112 3456 7890 189']])), '--B--', ''];
    const p = file('12345.emlx', [String(message.join('\r\n').length), ...message, '<?xml version="1.0" encoding="UTF-8"?>', '<plist version="1.0"><dict><key>flags</key><integer>8590195713</integer></dict></plist>']);
    expect(formatOf(p)).toBe('eml');
    const { r, at } = await located(p);
    expect(r.error).toBeUndefined();
    expect(at).toEqual(['email ligne 2', 'email ligne 9', 'iban pièce jointe « rib.pdf », page 1']);
  });

  it('reads an Outlook message (.msg): subject, sender, recipients, body and attachments', async () => {
    const msg = makeMsg({
      subject: 'Devis pour Mme Bernard',
      body: 'Bonjour,\r\nRappelez-moi au 06 12 34 56 78.\r\nCordialement',
      from: ['Claire Bernard', 'claire.bernard@exemple.fr'],
      to: [['Jean Dupuis', 'jean.dupuis@exemple.org']],
      attachments: { 'rib.csv': strToU8('nom;iban\nBernard;FR76 3000 6000 0112 3456 7890 189\n'), 'contrat.docx': makeDocx(['Contrat', 'Écrire à compta@exemple.fr']), 'cni.jpg': new Uint8Array([0xff, 0xd8, 0xff]) },
    });
    const { r, at } = await located(write('devis.msg', msg), 'msg');
    expect(r.error).toBeUndefined();
    expect(at.filter((a) => !a.startsWith('person_name'))).toEqual([
      'email expéditeur',
      'email destinataires',
      'phone corps du message, ligne 2',
      'iban pièce jointe « rib.csv », ligne 2',
      'email pièce jointe « contrat.docx », paragraphe 2',
    ]);
    expect(r.findings.filter((f) => f.type === 'person_name').map((f) => f.locator)).toContain('objet'); // « Mme Bernard »
    expect(r.unread).toEqual({ image: 1 });
    // a message attached to an e-mail: its own attachment is located in full
    const eml = ['Content-Type: multipart/mixed; boundary="B"', '', '--B', 'Content-Type: application/vnd.ms-outlook; name="transfert.msg"', 'Content-Transfer-Encoding: base64', '', b64(msg), '--B--', ''];
    const nested = await located(file('transfert.eml', eml));
    expect(nested.at).toContain('iban pièce jointe « transfert.msg », pièce jointe « rib.csv », ligne 2');
    const broken = await analyseFile({ path: write('casse.msg', makeCompoundFile()), format: 'msg', maxFindings: 10 }, () => {});
    expect(broken.error).toEqual({ code: 'CORROMPU', message: 'Fichier Outlook endommagé ou illisible.' });
  });

  it('reads the HTML body of an Outlook message that has no plain one: a line per paragraph, entities decoded, tags blanked but links\' targets', async () => {
    const html = '<html><head><style>p { color: #333 }</style></head><body><p>Bonjour,</p>\r\n<p>Rappelez-moi au 06&nbsp;12&nbsp;34&nbsp;56&nbsp;78 ou &eacute;crivez &agrave; <a href="mailto:claire.bernard@exemple.fr">moi</a>.</p><p title="pas.moi@exemple.fr">Cordialement,<br>Hélène Garnier</p></body></html>';
    const msg = makeMsg({ subject: 'Rappel', body: '', html, from: ['', ''], to: [] });
    const { r, at } = await located(write('html.msg', msg), 'msg');
    expect(r.error).toBeUndefined();
    expect(at).toEqual(['phone corps du message, ligne 2', 'email corps du message, ligne 2', 'person_name corps du message, ligne 4']);
  });

  it('reads a message attached to an Outlook message as a message (a forwarded « élément joint »), up to a depth', async () => {
    const forwarded = {
      subject: 'Demande de devis',
      body: 'Bonjour, je suis joignable au 06 12 34 56 78.',
      from: ['Hélène Garnier', 'helene.garnier@exemple.fr'] as [string, string],
      to: [],
      attachments: { 'rib.csv': strToU8('nom;iban\nGarnier;FR76 3000 6000 0112 3456 7890 189\n') },
    };
    const msg = makeMsg({ subject: 'TR: Demande de devis', body: 'Pour suite à donner.', from: ['Paul Martin', 'paul@exemple.fr'], to: [], attachments: { 'Demande de devis': forwarded } });
    const { r, at } = await located(write('transfert.msg', msg), 'msg');
    expect(r.error).toBeUndefined();
    expect(at.filter((a) => !a.startsWith('person_name'))).toEqual([
      'email expéditeur',
      'email pièce jointe « Demande de devis.msg », expéditeur',
      'phone pièce jointe « Demande de devis.msg », corps du message, ligne 1',
      'iban pièce jointe « Demande de devis.msg », pièce jointe « rib.csv », ligne 2',
    ]);
    // forwarded in a forward… five times: the four first are read, the fifth is counted
    let nested: Parameters<typeof makeMsg>[0] = forwarded;
    for (let i = 1; i <= 5; i++) nested = { subject: `TR ${i}`, body: 'Voir ci-joint.', from: ['Paul Martin', 'paul@exemple.fr'], to: [], attachments: { [`niveau ${i}`]: nested } };
    const deep = await analyseFile({ path: write('profond.msg', makeMsg(nested)), format: 'msg', maxFindings: 100 }, () => {});
    expect(deep.findings.filter((f) => f.type === 'iban')).toEqual([]);
    expect(deep.findings.filter((f) => f.type === 'email').map((f) => f.locator!.match(/\.msg »/g)?.length ?? 0)).toEqual([0, 1, 2, 3, 4]);
    expect(deep.unread).toEqual({ illisible: 1 });
  });

  it('reads a .msg whose stream claims a size far beyond the file, as far as its sectors go (found by fuzzing)', async () => {
    const msg = Buffer.from(makeMsg({ subject: 'Devis', body: 'IBAN FR76 3000 6000 0112 3456 7890 189', from: ['Paul Martin', 'paul@exemple.fr'], to: [], attachments: {} }));
    // the sender's name (a 22-byte stream) said to weigh 268 MB: one changed byte, as the fuzzer found
    const entry = msg.indexOf(Buffer.from('__substg1.0_0C1A001F', 'utf16le'));
    expect(entry).toBeGreaterThan(0);
    msg.writeUInt32LE(msg.readUInt32LE(entry + 120) | 0x10000000, entry + 120);
    const sub = mkdtempSync(join(dir, 'taille-'));
    writeFileSync(join(sub, 'devis.msg'), msg);
    // through a worker thread: the old reader filled its 1 GB heap there (« MEMOIRE ») after ~10 s
    const [report] = await scanToList([sub], { workers: 1 });
    expect(report!.error).toBeUndefined();
    expect(report!.findings.map((f) => `${f.type} ${f.locator}`)).toEqual(['email expéditeur', 'iban corps du message, ligne 1']);
  }, 60_000);

  it('goes through the worker threads, like any e-mail', async () => {
    const sub = mkdtempSync(join(dir, 'boite-'));
    writeFileSync(join(sub, 'a.eml'), ['Content-Type: multipart/mixed; boundary="B"', '', '--B', 'Content-Type: application/pdf; name="f.pdf"', 'Content-Transfer-Encoding: base64', '', b64(await makePdf([['x@exemple.fr']])), '--B--'].join('\r\n'));
    const [report] = await scanToList([sub], { workers: 2 });
    expect(report!.findings.map((f) => f.locator)).toEqual(['pièce jointe « f.pdf », page 1']);
  });
});
