// The scan's blind indexes of e-mails and phones: the real engine (worker threads) on real
// files gives, per file, exactly the hashes the client file computes for the same person,
// and nothing without the key (the command line).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ClientVault } from '../../src/clients/vault.ts';
import { subKey } from '../../src/crypto/derive.ts';
import { scanToList } from '../../src/scan/engine.ts';

const dir = mkdtempSync(join(tmpdir(), 'rempart-person-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const csv = join(dir, 'contacts.csv');
const memo = join(dir, 'appel.txt');
const other = join(dir, 'autre.txt');
const page = join(dir, 'contact.txt');
writeFileSync(csv, 'Nom;Email;Téléphone\nVasseur;Leonie.Vasseur@Pack-Fichiers.fr;\nVasseur;leonie.vasseur@pack-fichiers.fr;\n');
writeFileSync(memo, 'Rappeler Mme Vasseur au 07 61 24 58 93 demain matin.\n');
writeFileSync(other, 'Écrire à bastien.lemaire@pack-fichiers.fr pour le devis.\n');
// an address hidden from robots, as a contact page writes it
writeFileSync(page, 'Mon adresse : Bastien.Lemaire [at] pack-fichiers [dot] fr\n');
// and said in words, as a note takes it down
const said = join(dir, 'note.txt');
writeFileSync(said, 'Son adresse : bastien point lemaire arobase pack-fichiers point fr\n');

describe('scan person index', () => {
  const dataKey = randomBytes(32);
  const tenantId = 'tenant-a';
  const vault = new ClientVault(tenantId, dataKey);

  it('gives each file the client file’s hashes of the e-mails and phones found, deduplicated, and no value', async () => {
    const reports = await scanToList([dir], { workers: 2, personIndex: { tenantId, key: subKey(dataKey, 'blind-index') } });
    const byPath = new Map(reports.map((r) => [r.path, r.personHashes]));
    const [email, phone] = vault.indexes({ emails: ['leonie.vasseur@pack-fichiers.fr'], phones: ['+33761245893'], nom: null, prenom: null, company: null }).filter((e) => e.kind !== 'name' && e.kind !== 'prefix');
    expect(email!.kind).toBe('email');
    expect(byPath.get(csv)).toEqual([email!.hash]);
    expect(byPath.get(memo)).toEqual([phone!.hash]);
    expect(byPath.get(other)).toEqual([vault.hash('email', 'bastien.lemaire@pack-fichiers.fr')]);
    expect(byPath.get(page)).toEqual(byPath.get(other));
    expect(byPath.get(said)).toEqual(byPath.get(other));
    const text = JSON.stringify(reports);
    for (const raw of ['leonie.vasseur@', 'Leonie.Vasseur', '07 61 24 58 93', '+33761245893', 'bastien.lemaire@', 'Bastien.Lemaire', 'lemaire arobase']) expect(text).not.toContain(raw);
  });

  it('depends on the tenant and the key, and is absent without them (command line)', async () => {
    const mine = await scanToList([memo], { workers: 1, personIndex: { tenantId, key: subKey(dataKey, 'blind-index') } });
    const otherTenant = await scanToList([memo], { workers: 1, personIndex: { tenantId: 'tenant-b', key: subKey(dataKey, 'blind-index') } });
    const otherKey = await scanToList([memo], { workers: 1, personIndex: { tenantId, key: subKey(randomBytes(32), 'blind-index') } });
    expect(mine[0]!.personHashes).toHaveLength(1);
    expect(otherTenant[0]!.personHashes).not.toEqual(mine[0]!.personHashes);
    expect(otherKey[0]!.personHashes).not.toEqual(mine[0]!.personHashes);
    // Memory stays bounded: no more hashes per file than findings kept.
    const capped = await scanToList([other, memo], { workers: 1, maxFindingsPerFile: 1, personIndex: { tenantId, key: subKey(dataKey, 'blind-index') } });
    writeFileSync(join(dir, 'deux.txt'), 'a.b@exemple.fr et c.d@exemple.fr\n');
    const two = await scanToList([join(dir, 'deux.txt')], { workers: 1, maxFindingsPerFile: 1, personIndex: { tenantId, key: subKey(dataKey, 'blind-index') } });
    expect(capped.every((r) => r.personHashes!.length === 1)).toBe(true);
    expect(two[0]!.counts.email).toBe(2);
    expect(two[0]!.personHashes).toHaveLength(1);
    const plain = await scanToList([memo], { workers: 1 });
    expect(plain[0]!.counts.phone).toBe(1);
    expect(plain[0]).not.toHaveProperty('personHashes');
  });
});
