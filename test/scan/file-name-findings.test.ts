// A file's own name is personal data too (« Arrêt maladie Jean Dupont.pdf »): read once, located « nom du fichier ».
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.ts';
import { analyseFile } from '../../src/scan/analyse.ts';
import { scanToList } from '../../src/scan/engine.ts';
import { fileNameText } from '../../src/scan/file-name.ts';
import { scanAttachments } from '../../src/scan/documents.ts';
import { FindingSink } from '../../src/scan/extract/sink.ts';
import { detectBlock } from '../../src/core/scan/detect.ts';
import { strToU8, zipSync } from 'fflate';
import { gzipSync } from 'node:zlib';

const { dir, file } = tempFolder('rempart-nom-');
const { dir: photos, file: photo } = tempFolder('rempart-photos-');

describe('the data in a file\'s name', () => {
  it('reads the name as words: without its extension, underscores as blanks, hyphens too when they join every word', () => {
    expect(fileNameText('/a/Arrêt maladie Jean Dupont.pdf')).toBe('Arrêt maladie Jean Dupont');
    expect(fileNameText('/a/bulletin_salaire_Marie_Martin_2026-10.pdf')).toBe('bulletin salaire Marie Martin 2026-10');
    expect(fileNameText('/a/compte-rendu-IRM-Nathalie-Lefebvre.docx')).toBe('compte rendu IRM Nathalie Lefebvre');
    expect(fileNameText('/a/Jean-Pierre Dupont.txt')).toBe('Jean-Pierre Dupont');
    expect(fileNameText('/a/.rempartignore')).toBe('rempartignore');
  });

  it('reports what the name holds before what the file holds, once, and nothing for a name that says nothing', async () => {
    const r = await analyseFile({ path: file('Arrêt maladie Jean Dupont.txt', 'Écrire à paul.durand@exemple.org\n'), format: 'txt', maxFindings: 100 }, () => {});
    expect(r.error).toBeUndefined();
    expect(r.findings.map((f) => `${f.type} ${f.locator ?? `ligne ${f.line}`} ${f.masked}`)).toEqual([
      'health nom du fichier A•••••••••••e',
      'person_name nom du fichier J•••••••••t',
      'email ligne 1 p•••••••••••••••••••••g',
    ]);
    const plain = await analyseFile({ path: file('facture-2026-001.txt', 'Écrire à paul.durand@exemple.org\n'), format: 'txt', maxFindings: 100 }, () => {});
    expect(plain.findings.map((f) => f.type)).toEqual(['email']);
  });

  it('reads a damaged document\'s name all the same, and a large text file\'s name once, not once per part', async () => {
    file('bulletin_salaire_Marie_Martin_2026-10.pdf', '%PDF-1.4\n%%EOF\n');
    file('Marie Martin - notes.txt', 'Rien à signaler ce jour, chantier en cours.\n'.repeat(20_000));
    const reports = await scanToList([dir], { workers: 2, partBytes: 64 * 1024 });
    const pdf = reports.find((r) => r.path.endsWith('.pdf'))!;
    expect(pdf.error?.code).toBeDefined();
    expect(pdf.findings.map((f) => `${f.type} ${f.locator}`)).toEqual(['person_name nom du fichier']);
    const notes = reports.find((r) => r.path.endsWith('notes.txt'))!;
    expect(notes.counts).toEqual({ person_name: 1 });
  });

  it('reads an Outlook message\'s attachments\' names, a photo\'s too (not read, counted as such); an e-mail\'s once, with its headers', async () => {
    const sink = new FindingSink('/x/message.msg', 100, false);
    const attachments = [{ name: 'CNI Yannick Kerbrat.jpg', data: Buffer.alloc(0) }, { name: 'Arret maladie - Paul Durand.txt', data: Buffer.from('RAS\n') }];
    await scanAttachments(attachments, detectBlock, sink);
    expect(sink.findings.map((f) => `${f.type} ${f.locator}`)).toEqual([
      'person_name pièce jointe « CNI Yannick Kerbrat.jpg », nom du fichier',
      'health pièce jointe « Arret maladie - Paul Durand.txt », nom du fichier',
      'person_name pièce jointe « Arret maladie - Paul Durand.txt », nom du fichier',
    ]);
    expect(sink.unread).toEqual({ image: 1 });
    // an e-mail's attachments are named in its headers (« name="CNI Yannick Kerbrat.jpg" »): read there, once
    const eml = ['From: a@exemple.fr', 'Content-Type: multipart/mixed; boundary="B"', '', '--B', 'Content-Type: text/plain', '', 'Voici les pièces.', '--B',
      'Content-Type: image/jpeg; name="CNI Yannick Kerbrat.jpg"', 'Content-Transfer-Encoding: base64', '', Buffer.from([0xff, 0xd8, 0xff, 0xe0]).toString('base64'), '--B--', ''].join('\r\n');
    const r = await analyseFile({ path: file('envoi.eml', eml), format: 'eml', maxFindings: 100 }, () => {});
    expect(r.findings.map((f) => `${f.type} ${f.locator ?? `ligne ${f.line}`}`)).toEqual(['email ligne 1', 'person_name ligne 9']);
  });

  it('reads the names of an archive\'s entries, read or not (a photo, an archive inside)', async () => {
    const zip = zipSync({ 'Photos/CNI_Yannick_Kerbrat.jpg': Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]), 'Dossier Paul Durand.zip': zipSync({ 'a.txt': strToU8('x') }), 'notes.txt': strToU8('RAS') });
    const r = await analyseFile({ path: file('pieces.zip', zip), format: 'zip', maxFindings: 100 }, () => {});
    expect(r.error).toBeUndefined();
    expect(r.findings.map((f) => `${f.type} ${f.locator}`).sort()).toEqual([
      'person_name dans l’archive : Dossier Paul Durand.zip, nom du fichier',
      'person_name dans l’archive : Photos/CNI_Yannick_Kerbrat.jpg, nom du fichier',
    ]);
    expect(r.unread).toEqual({ image: 1, archive: 1 });
    // a file compressed alone bears its archive's name: read once
    const gz = await analyseFile({ path: file('Paul Durand.csv.gz', gzipSync('nom;tel\nDurand;0612345678\n')), format: 'compressed', maxFindings: 100 }, () => {});
    expect(gz.findings.map((f) => `${f.type} ${f.locator}`)).toEqual(['person_name nom du fichier', 'person_name dans l’archive : Paul Durand.csv, ligne 2', 'phone dans l’archive : Paul Durand.csv, ligne 2']);
  });

  it('reports a photo it does not read when its name says whom it is about, still counted among the files not read', async () => {
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]);
    photo('CNI_Yannick_Kerbrat.jpg', jpeg);
    photo('IMG_20260101_123456.jpg', jpeg);
    let last: { skipped?: number; unread?: Record<string, number> } = {};
    for (const listing of [undefined, 'packed', false] as const) {
      const reports = await scanToList([photos], { workers: 1, ...(listing !== undefined ? { listFindings: listing } : {}), onProgress: (p) => (last = p) });
      expect(reports.map((r) => [r.path.split('/').pop(), r.format, r.counts])).toEqual([['CNI_Yannick_Kerbrat.jpg', 'image', { person_name: 1 }]]);
      if (listing === undefined) expect(reports[0]!.findings.map((f) => `${f.type} ${f.locator} ${f.masked}`)).toEqual(['person_name nom du fichier Y•••••••••••••t']);
      expect(last).toMatchObject({ skipped: 2, unread: { image: 2 } });
    }
  });
});
