// Apple Pages documents (.pages): a zip of « IWA » files, protobuf messages in Snappy-compressed
// chunks; their text is read from the messages' strings, locator « paragraphe N ». No writer of the
// format exists outside Apple's: the document here is made as Pages lays one out (Index/Document.iwa,
// its text a message's string field, paragraphs separated by U+2029), Snappy-compressed by
// snappyjs, beside the IWA files Apple's own Numbers wrote (SheetJS's template, xlsx.zahl) — its
// 1 731 strings of styles and settings read with no finding.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.ts';
import { readAsScan } from './read-as-scan.ts';
import { iwa, varint } from './engine-fixtures.ts';

const { file } = tempFolder('rempart-pages-');

async function appleStylesheet(): Promise<Uint8Array> {
  const zahl = (await import('@e965/xlsx/dist/xlsx.zahl.mjs' as string)) as { default: string };
  return unzipSync(new Uint8Array(Buffer.from(zahl.default, 'base64')))['Index/DocumentStylesheet.iwa']!;
}

const DEVIS = ['Devis n° 2026-014', 'Client : Mme Gwenaëlle Kerbrat', '12 rue de Siam, 29200 Brest', 'Tél. 06 12 34 56 78 – gwen.kerbrat@exemple.fr', 'Pose d’un chauffe-eau 200 L : 1 250,00 €'];

describe('Apple Pages documents', () => {
  it('finds the data of the text, paragraph by paragraph, beside Apple\'s own styles and settings', async () => {
    const pages = zipSync({ 'Index/Document.iwa': iwa(DEVIS, 40), 'Index/DocumentStylesheet.iwa': await appleStylesheet(), 'Metadata/Properties.plist': strToU8('bplist00'), 'preview.jpg': new Uint8Array([0xff, 0xd8]) });
    const { r, at } = await readAsScan(file('devis.pages', pages));
    expect(r.error).toBeUndefined();
    expect(at).toEqual(['person_name paragraphe 2', 'postal_address paragraphe 3', 'phone paragraphe 4', 'email paragraphe 4']);
  });

  it('reads the .iwa files of a document saved as a folder', async () => {
    const { r, at } = await readAsScan(file('Devis.pages-Index-Document.iwa', iwa(DEVIS)));
    expect(r.error).toBeUndefined();
    expect(at).toEqual(['person_name paragraphe 2', 'postal_address paragraphe 3', 'phone paragraphe 4', 'email paragraphe 4']);
  });

  it('reports a damaged document in French, and a chunk announcing too much as a bomb', async () => {
    const damaged = { code: 'CORROMPU', message: 'Fichier Pages endommagé ou illisible.' };
    expect((await readAsScan(file('vide.pages', 'pas un document'))).r.error).toEqual(damaged);
    expect((await readAsScan(file('sans-index.pages', zipSync({ 'preview.jpg': new Uint8Array([0xff, 0xd8]) })))).r.error).toEqual(damaged);
    const cut = iwa(DEVIS).subarray(0, 30);
    expect((await readAsScan(file('coupe.pages', zipSync({ 'Index/Document.iwa': cut })))).r.error).toEqual(damaged);
    // a Snappy chunk announcing 1 GB: refused before anything is allocated
    const bomb = new Uint8Array([0, 6, 0, 0, ...varint(1 << 30), 0]);
    expect((await readAsScan(file('bombe.pages', zipSync({ 'Index/Document.iwa': bomb })))).r.error?.code).toBe('ARCHIVE_SUSPECTE');
  });

  it('reads a Keynote presentation the same way; a « .key » that is a key, not a presentation, is not read, as before', async () => {
    const key = zipSync({ 'Index/Document.iwa': iwa(['Atelier sommeil']), 'Index/Slide-8841.iwa': iwa(['Témoignage de Mme Solenn Tanguy', 'solenn.tanguy@exemple.fr']) });
    const { r, at } = await readAsScan(file('atelier.key', key));
    expect(r.error).toBeUndefined();
    expect(at).toEqual(['person_name paragraphe 2', 'email paragraphe 3']);
    expect((await readAsScan(file('abime.key', zipSync({ 'Index/Slide-1.iwa': iwa(['x']).subarray(0, 9) })))).r.error).toEqual({ code: 'CORROMPU', message: 'Fichier Keynote endommagé ou illisible.' });
    const pem = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----\n';
    const { r: notRead } = await readAsScan(file('serveur.key', pem));
    expect([notRead.error, notRead.binary, notRead.findings]).toEqual([undefined, true, []]);
  });

  it('reads a Pages \'09 document, its text an XML index', async () => {
    const xml = '<?xml version="1.0"?>\n<sl:document xmlns:sl="http://developer.apple.com/namespaces/sl" xmlns:sf="http://developer.apple.com/namespaces/sf"><sl:stylesheet><sf:paragraphstyle sf:name="Titre"/></sl:stylesheet>' +
      '<sf:text-storage sf:kind="body"><sf:text-body><sf:p sf:style="p1">Facture n° 88</sf:p><sf:p sf:style="p2">Client : M. Erwan Le Gall<sf:br/>8 rue de Brest, 29000 Quimper</sf:p><sf:p>Tél. 06 98 76 54 32 &amp; fax</sf:p></sf:text-body></sf:text-storage></sl:document>';
    const { r, at } = await readAsScan(file('facture-2009.pages', zipSync({ 'index.xml': strToU8(xml), 'QuickLook/Thumbnail.jpg': new Uint8Array([0xff, 0xd8]) })));
    expect(r.error).toBeUndefined();
    expect(at).toEqual(['person_name paragraphe 2', 'postal_address paragraphe 3', 'phone paragraphe 4']);
  });
});
