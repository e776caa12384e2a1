// SQLite databases (.sqlite, .db): each table read as a sheet under its columns' names, from a copy in
// memory (the file where it lies is never opened by SQLite: no journal, no lock); a « .db » that is no
// SQLite database (Windows's Thumbs.db) is counted as before; a damaged one is reported in French.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.ts';
import { analyseFile } from '../../src/scan/analyse.ts';
import { formatOf } from '../../src/scan/formats.ts';

const { dir, file } = tempFolder('rempart-sqlite-');
const analyse = (path: string, format: 'sqlite' | 'zip' = 'sqlite') => analyseFile({ path, format, maxFindings: 100 }, () => {});
const found = (r: Awaited<ReturnType<typeof analyse>>) => r.findings.map((f) => [f.type, f.locator]);

/** A client database as an application keeps it: WAL journal, a full-text index beside the table. */
function makeDatabase(name: string): string {
  const path = join(dir, name);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE clients (id INTEGER PRIMARY KEY, nom TEXT, prenom TEXT, email TEXT, date_naissance TEXT, notes TEXT, photo BLOB)');
  db.prepare('INSERT INTO clients (nom, prenom, email, date_naissance, notes, photo) VALUES (?, ?, ?, ?, ?, ?)').run('Le Bihan', 'Gwenaëlle', 'gwen.lebihan@exemple.fr', '1985-03-12', 'diabétique', Buffer.from([1, 2, 3]));
  db.exec('CREATE VIRTUAL TABLE recherche USING fts5(contenu)');
  db.prepare('INSERT INTO recherche (contenu) VALUES (?)').run('Rappeler Yannick Kerbrat au 06 12 34 56 78');
  db.close();
  return path;
}

describe('SQLite databases', () => {
  it('are read, .db and .sqlite alike', () => {
    expect(['crm.sqlite', 'app.db', 'base.sqlite3'].map(formatOf)).toEqual(['sqlite', 'sqlite', 'sqlite']);
  });

  it('are read without a known extension (Chrome\'s « Web Data », an iPhone backup\'s files named by their hash); other binaries stay unread', async () => {
    for (const name of ['Web Data', '3d0d7e5fb2ce288813306e4d4636395e047a3d28', 'AddressBook-v22.abcddb']) {
      const path = makeDatabase(name);
      expect(formatOf(path)).toBe('texte');
      const r = await analyseFile({ path, format: 'texte', maxFindings: 100 }, () => {});
      expect(r.error).toBeUndefined();
      expect(r.binary).toBeUndefined();
      expect(found(r).slice(0, 3)).toEqual([['person_name', 'clients!B2'], ['person_name', 'clients!C2'], ['email', 'clients!D2']]);
    }
    // the first bytes of a SQLite file and nothing else, a binary without a known extension: as before
    const fake = file('Cookies', Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4000, 7)]));
    expect((await analyseFile({ path: fake, format: 'texte', maxFindings: 100 }, () => {})).error?.message).toMatch(/SQLite/);
    const binary = file('blob', Buffer.alloc(4000, 1));
    expect((await analyseFile({ path: binary, format: 'texte', maxFindings: 100 }, () => {})).binary).toBe(true);
  });

  it('read each table under its columns\' names, a full-text index once, without touching the file', async () => {
    const path = makeDatabase('crm.sqlite');
    const before = statSync(path);
    const r = await analyse(path);
    expect(r.error).toBeUndefined();
    expect(found(r)).toEqual([
      ['person_name', 'clients!B2'],
      ['person_name', 'clients!C2'],
      ['email', 'clients!D2'],
      ['birth_date', 'clients!E2'],
      ['health', 'clients!F2'],
      // the index's own tables (« recherche_content »…) hold the same text: not read twice
      ['person_name', 'recherche!A2'],
      ['phone', 'recherche!A2'],
    ]);
    const after = statSync(path);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
  });

  it('read a table of properties, one per row, each value under its row\'s key (Thunderbird\'s address book, WordPress\'s user meta)', async () => {
    const path = join(dir, 'abook.sqlite');
    const db = new Database(path);
    db.exec('CREATE TABLE properties (card TEXT, name TEXT, value TEXT); CREATE TABLE wp_usermeta (umeta_id INTEGER, user_id INTEGER, meta_key TEXT, meta_value TEXT)');
    const card = db.prepare('INSERT INTO properties VALUES (?, ?, ?)');
    for (const [name, value] of [['FirstName', 'Gwenaëlle'], ['LastName', 'Le Bihan'], ['PrimaryEmail', 'gwen@exemple.fr'], ['Notes', 'diabétique'], ['LastModifiedDate', '1700000000']]) card.run('c1', name, value);
    const meta = db.prepare('INSERT INTO wp_usermeta VALUES (?, ?, ?, ?)');
    [['first_name', 'Yannick'], ['last_name', 'Kerbrat'], ['billing_phone', '0612345678'], ['rich_editing', 'true']].forEach(([k, v], i) => meta.run(i + 1, 2, k, v));
    db.close();
    const r = await analyse(path);
    expect(r.error).toBeUndefined();
    // (tables in SQLite's order)
    expect(found(r).sort((a, b) => a[1]!.localeCompare(b[1]!))).toEqual([
      ['person_name', 'properties!C2'],
      ['person_name', 'properties!C3'],
      ['email', 'properties!C4'],
      // a bare « diabétique » in a card of someone
      ['health', 'properties!C5'],
      ['person_name', 'wp_usermeta!D2'],
      ['person_name', 'wp_usermeta!D3'],
      ['phone', 'wp_usermeta!D4'],
    ]);
  });

  it('inside an archive too', async () => {
    const zip = file('sauvegarde.zip', zipSync({ 'appli/clients.db': new Uint8Array(readFileSync(makeDatabase('dans-zip.db'))), 'lisez-moi.txt': strToU8('rien') }));
    const r = await analyse(zip, 'zip');
    expect(r.error).toBeUndefined();
    expect(r.findings.filter((f) => f.type === 'email').map((f) => f.locator)).toEqual(['dans l’archive : appli/clients.db, clients!D2']);
  });

  it('refuse in French a database too large to copy into memory (past 64 MB)', async () => {
    const big = Buffer.alloc(64 * 1024 * 1024 + 1);
    Buffer.from('SQLite format 3\0', 'latin1').copy(big);
    const r = await analyse(file('enorme.sqlite', big));
    expect(r.error?.message).toMatch(/trop volumineux.*64 Mo/);
    expect(r.findings).toEqual([]);
  });

  it('count a « .db » that is no SQLite database as before, and report a damaged one in French', async () => {
    const thumbs = await analyse(file('Thumbs.db', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(2000)])));
    expect(thumbs.binary).toBe(true);
    const good = readFileSync(makeDatabase('casse.db'));
    const damaged = Buffer.concat([good.subarray(0, 100), Buffer.alloc(good.length - 100, 0x5a)]);
    const r = await analyse(file('casse.db', damaged));
    expect(r.error?.message).toMatch(/SQLite.*(endommagé|illisible)/);
    expect(r.findings).toEqual([]);
  });
});
