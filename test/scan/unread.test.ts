// Files the scanner cannot read are counted by kind (images, old Office files, Outlook,
// archives, databases, encrypted, other), shown with what to do, and kept with the scan.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { scanFolders } from '../../src/scan/engine.ts';
import { readFormat, unreadKindOf } from '../../src/scan/formats.ts';
import type { ScanProgress } from '../../src/scan/contract.ts';

const root = mkdtempSync(join(tmpdir(), 'rempart-non-lus-'));
const BINARY = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 1, 2, 3, 0, 0]);
for (const name of ['carte-vitale.JPG', 'scan.heic', 'plan.vsd', 'affiche.pub', 'exposé.key', 'sauvegarde.iso', 'sauvegarde.dmg', 'clients.sqlite', 'coffre.kdbx', 'annonce.mp3', 'inconnu.dat']) {
  writeFileSync(join(root, name), BINARY);
}
writeFileSync(join(root, 'notes.txt'), 'Écrire à jeanne.martin@exemple.fr\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('files not read', () => {
  it('knows each kind by its extension, whatever the case', () => {
    expect(['a.JPG', 'b.pub', 'c.key', 'e.dmg', 'f.db', 'g.gpg', 'h.mp4', 'i.dat'].map(unreadKindOf)).toEqual(['image', 'bureautique', 'bureautique', 'archive', 'base', 'chiffre', 'autre', 'autre']);
    // a OneNote notebook, a print to XPS, a Visio drawing hold clients' notes as often as a .docx: to look at by hand, not « autre »
    expect(['Clients.one', 'Facture.oxps', 'plan.vsdx', 'Open Notebook.onetoc2'].map(unreadKindOf)).toEqual(['bureautique', 'bureautique', 'bureautique', 'bureautique']);
    // never opened: known binaries are skipped on their name
    expect(['a.jpg', 'b.vsd', 'c.iso', 'd.kdbx'].map((n) => readFormat(n, false))).toEqual(['binaire', 'binaire', 'binaire', 'binaire']);
  });

  it('counts them by kind, including a file of unknown type found to be binary', async () => {
    let last: ScanProgress | null = null;
    const reports = [];
    for await (const r of scanFolders([root], { workers: 2, onProgress: (p) => (last = p) })) reports.push(r);
    expect(reports.map((r) => r.path)).toEqual([join(root, 'notes.txt')]);
    expect(last!.unread).toEqual({ image: 2, bureautique: 3, archive: 2, base: 1, chiffre: 1, autre: 2 });
    expect(last!.skipped).toBe(11);
  });

  it('lists them in the French summary with what to do', { timeout: 120_000 }, async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/rempart.js', 'scan', root], { env: { ...process.env, REMPART_DATA: root } });
    const section = stdout.slice(stdout.indexOf('Fichiers non lus'));
    expect(section.split('\n').slice(0, 7)).toEqual([
      'Fichiers non lus (Rempart ne lit pas leur contenu)',
      '  2 images ou photos — un scan de pièce d’identité, de carte Vitale ou de RIB est une donnée personnelle : à vérifier à la main.',
      '  3 documents bureautiques d’autres logiciels (.pub, .key, .vsd…) — à enregistrer au format .docx, .xlsx, .pptx ou .pdf puis à analyser de nouveau, ou à vérifier à la main.',
      '  2 archives non ouvertes (dans une autre archive, .iso, .dmg…) — à décompresser dans le dossier puis à analyser de nouveau.',
      '  1 base de données (.accdb, .mdb, .db…) — contenu et accès à vérifier.',
      '  1 fichier chiffré (.age, .gpg, .kdbx) — contenu protégé par une clé ou un mot de passe : rien à faire.',
      '  2 autres fichiers binaires — sons, vidéos, programmes : rien à analyser.',
    ]);
  });
});
