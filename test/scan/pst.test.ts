// Outlook mailboxes (.pst archives, .ost offline copies): every item of every folder is read where
// the file lies, with the locator « dossier « … », élément N, … », and the attachments like those of
// an e-mail. The mailboxes are the ones the pst-extractor package ships for its own tests (a few
// Enron messages, and two Outlook.com offline copies), read from its installed folder.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.ts';
import { analyseFile } from '../../src/scan/analyse.ts';
import { detectBlock } from '../../src/core/scan/detect.ts';
import { scanToList } from '../../src/scan/engine.ts';
import { scanContact, type ContactFields } from '../../src/scan/extract/pst.ts';
import { FindingSink } from '../../src/scan/extract/sink.ts';
import { formatOf } from '../../src/scan/formats.ts';

const testdata = join(dirname(createRequire(import.meta.url).resolve('pst-extractor/package.json')), 'example', 'testdata');
const ENRON = join(testdata, 'enron.pst');
const OST_PDF = join(testdata, 'pstextractortestpdf@outlook.com.ost');
const { dir, file } = tempFolder('rempart-pst-');
const run = promisify(execFile);
const analyse = (path: string, format: 'pst' | 'zip' = 'pst') => analyseFile({ path, format, maxFindings: 10_000 }, () => {});
const where = (r: Awaited<ReturnType<typeof analyse>>) => r.findings.map((f) => `${f.type} ${f.locator}`);

describe('Outlook mailboxes (.pst, .ost)', () => {
  it('are read, no longer counted among the files left unread', () => {
    expect(['Archive.PST', 'compte@exemple.fr.ost'].map(formatOf)).toEqual(['pst', 'pst']);
  });

  it('reads every folder: sender, recipients, body, and the attached documents', async () => {
    const r = await analyse(ENRON);
    expect(r.error).toBeUndefined();
    const at = where(r);
    const group = 'dossier « Top of Personal Folders/lokay-m/MLOKAY (Non-Privileged)/TW-Commercial Group », élément';
    expect(at).toContain(`email ${group} 1, expéditeur`);
    expect(at).toContain(`person_name ${group} 2, destinataires`);
    expect(at).toContain(`email ${group} 1, corps du message, ligne 11`);
    // a PDF and an Excel 97-2003 sheet attached to messages of another folder
    const personal = 'dossier « Top of Personal Folders/lokay-m/MLOKAY (Non-Privileged)/Personal », élément';
    expect(at).toContain(`email ${personal} 3, pièce jointe « TWEOL.pdf », page 2`);
    expect(at).toContain(`person_name ${personal} 2, pièce jointe « tahoe.xls », Sheet1!A9`);
    // the attached photos are said, not read
    expect(r.unread).toEqual({ image: 24 });
  });

  it('reads an offline copy (.ost): a PDF attached, the pictures of an HTML body not counted as photos', async () => {
    const r = await analyse(OST_PDF);
    expect(r.error).toBeUndefined();
    expect(where(r)).toContain('email dossier « Root - Mailbox/IPM_SUBTREE/Inbox », élément 1, pièce jointe « Clinometer Usage.pdf », page 1');
    expect(r.unread).toBeUndefined();
  });

  it('reads each field of a contact card under what it is', () => {
    const contact = {
      displayNamePrefix: 'Mme',
      givenName: 'Hélène',
      surname: 'Garnier',
      mobileTelephoneNumber: '06 47 82 91 35',
      homeTelephoneNumber: '0478123456',
      email1EmailAddress: 'helene.garnier@exemple.fr',
      homeAddress: '12 rue des Lilas\r\n69003 Lyon',
      note: 'Elle est suivie pour un diabète.',
    } as ContactFields;
    const sink = new FindingSink('Contacts.pst', 100);
    scanContact(contact, (t, h) => detectBlock(t, h), sink);
    expect(sink.findings.map((f) => `${f.type} ${f.locator}`).sort()).toEqual(
      ['person_name contact, nom', 'email contact, adresse e-mail', 'phone contact, téléphone', 'phone contact, téléphone', 'postal_address contact, adresse', 'health contact, notes'].sort(),
    );
    // a surname alone is a name because of the field it fills, as in a « Nom » column
    const alone = new FindingSink('Contacts.pst', 100);
    scanContact({ surname: 'Garnier' } as ContactFields, (t, h) => detectBlock(t, h), alone);
    expect(alone.findings.map((f) => `${f.type} ${f.locator} ${f.length}`)).toEqual(['person_name contact, nom 7']);
  });

  it('reads a mailbox of any size where it lies, not loaded whole like other documents', async () => {
    // (sparse: 300 MB on the disk's books, the Enron mailbox at its start; over the 200 MB of documents)
    const big = file('archive-2019.pst', readFileSync(ENRON));
    truncateSync(big, 300 * 1024 * 1024);
    const r = await analyse(big);
    expect(r.error).toBeUndefined();
    expect(r.counts).toEqual((await analyse(ENRON)).counts);
  });

  it('reports a damaged mailbox in French and keeps what was read', async () => {
    const noise = await analyse(file('abime.pst', Buffer.alloc(4096, 7)));
    expect(noise.error).toEqual({ code: 'CORROMPU', message: 'Fichier Outlook endommagé ou illisible.' });
    const cut = await analyse(file('coupe.pst', readFileSync(ENRON).subarray(0, 2 * 1024 * 1024)));
    expect(cut.error?.code).toBe('CORROMPU');
  });

  it('goes through the worker threads, progress by items, and is read inside a zip too', async () => {
    const sub = join(dir, 'Outlook');
    mkdirSync(sub);
    copyFileSync(OST_PDF, join(sub, 'boite.ost'));
    let bytes = 0;
    const reports = await scanToList([sub], { workers: 2, onProgress: (p) => (bytes = p.bytes) });
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ format: 'pst', counts: { email: 6 } });
    expect(bytes).toBe(readFileSync(OST_PDF).length);
    const zipped = await analyse(file('archive.zip', zipSync({ 'ancien/boite.ost': readFileSync(OST_PDF) })), 'zip');
    expect(zipped.counts.email).toBe(6);
    expect(where(zipped)[0]).toMatch(/^email dans l’archive : ancien\/boite\.ost, dossier « Root - Mailbox\/IPM_SUBTREE\/Inbox », élément 1, /);
  });

  // (two runs of the command on a 12 MB mailbox: 30 s were not enough on a busy machine)
  it('in the command line: the photos inside are located on the mailbox, and a library’s diagnostics never reach the output', { timeout: 120_000 }, async () => {
    const sub = join(dir, 'ligne-de-commande');
    mkdirSync(sub);
    copyFileSync(ENRON, join(sub, 'archive.pst'));
    // one byte that makes pst-extractor print « Exception Error in No: 35 » on its console
    const damaged = readFileSync(ENRON);
    damaged[12_509_358] = 26;
    writeFileSync(join(sub, 'abimee.pst'), damaged);
    const human = await run(process.execPath, ['bin/rempart.js', 'scan', sub], { maxBuffer: 64 * 1024 * 1024 });
    expect(human.stdout).toContain(`${join(sub, 'archive.pst')}\n  données courantes`);
    expect(human.stdout).toMatch(/archive\.pst\n(?: {2}.*\n)*? {2}non lu à l’intérieur : 24 images ou photos\n/);
    const jsonl = await run(process.execPath, ['bin/rempart.js', 'scan', sub, '--format', 'jsonl'], { maxBuffer: 64 * 1024 * 1024 });
    const lines = jsonl.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.filter((l) => !l.startsWith('{"path":'))).toEqual([]);
  });
});

