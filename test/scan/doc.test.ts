// Word 97-2003 (.doc): the body, headers and footnotes are read (locator « paragraphe N »), an
// encrypted file is reported protected, and the many « .doc » that are really RTF, HTML or a
// renamed .docx are read for what they are. The binary fixtures were made by LibreOffice
// 7.4 with fixtures/make-legacy-office.py (no JavaScript library writes this format).
import { copyFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.ts';
import { analyseFile } from '../../src/scan/analyse.ts';
import { scanToList } from '../../src/scan/engine.ts';
import { makeCompoundFile, makeDocx } from './engine-fixtures.ts';

const { dir, file } = tempFolder('rempart-doc-');
const fixture = (name: string) => {
  const p = join(dir, name);
  copyFileSync(join(import.meta.dirname, 'fixtures', name), p);
  return p;
};
const analyse = (path: string) => analyseFile({ path, format: 'doc', maxFindings: 100 }, () => {});
const emails = (r: Awaited<ReturnType<typeof analyse>>) => r.findings.filter((f) => f.type === 'email').map((f) => f.locator ?? `ligne ${f.line}`);

describe('Word 97-2003 (.doc)', () => {
  it('reads the body, the header and the footnotes, with a paragraph locator', async () => {
    const r = await analyse(fixture('lettre.doc'));
    expect(r.error).toBeUndefined();
    expect(emails(r)).toEqual(['paragraphe 2', 'en-tête ou pied de page, paragraphe 1', 'notes de bas de page, paragraphe 1']);
    expect(r.counts.person_name).toBeGreaterThanOrEqual(1);
  });

  it('reads a client list typed in a Word table, a row per paragraph, as a tab table: each cell under its header', async () => {
    // (word-extractor ends each cell with a tab; « RAS » says nothing, « diabétique » is about its row's person)
    const r = await analyse(fixture('clients-tableau.doc'));
    expect(r.error).toBeUndefined();
    expect(r.findings.map((f) => `${f.type} ${f.locator}`)).toEqual([
      'person_name paragraphe 3', 'person_name paragraphe 3', 'phone paragraphe 3', 'health paragraphe 3',
      'person_name paragraphe 4', 'person_name paragraphe 4',
      'person_name paragraphe 5', 'person_name paragraphe 5', 'phone paragraphe 5', 'health paragraphe 5',
    ]);
  });

  it('reports an encrypted document as protected, in French', async () => {
    const r = await analyse(fixture('protege.doc'));
    expect(r.error).toEqual({ code: 'PROTEGE', message: expect.stringMatching(/protégé par mot de passe/) });
    expect(r.findings).toEqual([]);
  });

  it('reads a « .doc » that is really RTF, HTML or a renamed .docx', async () => {
    const rtf = await analyse(file('rtf.doc', '{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Contact : jean.rtf@exemple.fr\\par }'));
    expect(emails(rtf)).toEqual(['paragraphe 1']); // read as RTF (rtf.test.ts)
    const html = await analyse(file('page.doc', '<html><body><p>Écrire à marie.html@exemple.fr</p></body></html>'));
    expect(emails(html)).toEqual(['ligne 1']);
    const docx = await analyse(file('renomme.doc', makeDocx(['Bonjour', 'Écrire à luc.docx@exemple.fr'])));
    expect(emails(docx)).toEqual(['paragraphe 2']);
  });

  it('reports a damaged document in French and goes on', async () => {
    for (const p of [file('vide-ole.doc', makeCompoundFile()), file('binaire.doc', Buffer.from([0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 0]))]) {
      const r = await analyse(p);
      expect(r.error, p).toEqual({ code: 'CORROMPU', message: 'Fichier Word endommagé ou illisible.' });
    }
  });

  it('goes through the worker threads like any other document', async () => {
    const sub = mkdtempSync(join(dir, 'dossier-'));
    copyFileSync(join(import.meta.dirname, 'fixtures', 'lettre.doc'), join(sub, 'lettre.doc'));
    copyFileSync(join(import.meta.dirname, 'fixtures', 'protege.doc'), join(sub, 'protege.doc'));
    const reports = await scanToList([sub], { workers: 2 });
    const byName = new Map(reports.map((r) => [r.path.slice(sub.length + 1), r]));
    expect(byName.get('lettre.doc')).toMatchObject({ format: 'doc', counts: { email: 3 } });
    expect(byName.get('protege.doc')!.error?.code).toBe('PROTEGE');
  });
});
