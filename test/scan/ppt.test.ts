// PowerPoint 97-2003 (.ppt): the text of each slide and of its notes, with the locators of .pptx;
// the masters' placeholder text is left out, an encrypted presentation is reported protected.
// The fixture was made by LibreOffice 7.4 with fixtures/make-legacy-office.py, kept gzipped (its
// thumbnail makes it 460 KB), and written out here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import CFB from 'cfb';
import { gunzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.ts';
import { analyseFile } from '../../src/scan/analyse.ts';
import { scanToList } from '../../src/scan/engine.ts';
import { formatOf } from '../../src/scan/formats.ts';
import { makeCompoundFile, makePptx } from './engine-fixtures.ts';

const FORMATION = Buffer.from(gunzipSync(readFileSync(join(import.meta.dirname, 'fixtures', 'formation.ppt.gz'))));
const { dir, file } = tempFolder('rempart-ppt-');
const analyse = (path: string, format: 'ppt' | 'zip' = 'ppt') => analyseFile({ path, format, maxFindings: 100 }, () => {});
const where = (r: Awaited<ReturnType<typeof analyse>>) => r.findings.map((f) => `${f.type} ${f.locator}`);

describe('PowerPoint 97-2003 (.ppt)', () => {
  it('is read, no longer counted among the old files left unread', () => {
    expect(['formation.ppt', 'DIAPORAMA.PPS', 'modele.pot'].map(formatOf)).toEqual(['ppt', 'ppt', 'ppt']);
  });

  it('reads each slide and its notes, not the masters', async () => {
    const r = await analyse(file('formation.ppt', FORMATION));
    expect(r.error).toBeUndefined();
    expect(where(r)).toEqual(['person_name diapositive 2, paragraphe 1', 'email diapositive 2, paragraphe 2', 'person_name notes de la diapositive 2, paragraphe 1', 'phone notes de la diapositive 2, paragraphe 1']);
  });

  it('reports an encrypted presentation as protected, a damaged one as such, and reads a renamed .pptx', async () => {
    // an encrypted presentation has its properties in « EncryptedSummary » (LibreOffice cannot write one)
    const encrypted = CFB.read(FORMATION, { type: 'buffer' });
    CFB.utils.cfb_add(encrypted, 'EncryptedSummary', Buffer.alloc(64, 1));
    const r = await analyse(file('protege.ppt', Buffer.from(CFB.write(encrypted, { type: 'buffer' }) as Uint8Array)));
    expect(r.error).toEqual({ code: 'PROTEGE', message: expect.stringMatching(/protégé par mot de passe/) });
    for (const bad of [makeCompoundFile(), readFileSync(join(import.meta.dirname, 'fixtures', 'lettre.doc')), FORMATION.subarray(0, 20_000)]) {
      expect((await analyse(file('abime.ppt', bad))).error).toEqual({ code: 'CORROMPU', message: 'Fichier PowerPoint endommagé ou illisible.' });
    }
    const renamed = await analyse(file('renomme.ppt', makePptx([['Écrire à luc.pptx@exemple.fr']])));
    expect(where(renamed)).toEqual(['email diapositive 1, paragraphe 1']);
  });

  it('is read inside a zip and through the worker threads', async () => {
    const zipped = await analyse(file('archive.zip', zipSync({ 'cours/formation.ppt': FORMATION })), 'zip');
    expect(where(zipped)).toContain('email dans l’archive : cours/formation.ppt, diapositive 2, paragraphe 2');
    const reports = await scanToList([dir], { workers: 2 });
    expect(reports.find((r) => r.path.endsWith('formation.ppt'))).toMatchObject({ format: 'ppt', counts: { person_name: 2, email: 1, phone: 1 } });
  });
});
