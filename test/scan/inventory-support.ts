// Shared by the inventory suites (store, routes, isolation, browser, access pack): a prepared
// folder of real files holding known raw personal values, hand-made reports, and waiting for a
// scan started through HTTP.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { expect } from 'vitest';
import type { FileReport } from '../../src/scan/contract.ts';
import type { Client } from '../helpers/http.ts';

/** Raw values written into the prepared files: none may ever reach the store. */
export const RAW_VALUES = [
  'zephyrine.quintal@fuite-inventaire.fr',
  'fuite-inventaire',
  '06 47 82 91 35',
  '0647829135',
  'FR76 3000 4028 3798 7654 3210 976',
  'FR7630004028379876543210976',
  '3798 7654',
  '2 84 05 73 108 064 59',
  '284057310806459',
  'Quintavalle',
];

export interface PreparedFolder {
  root: string;
  clients: string;
  notes: string;
  /** Files of the folder with their expected error (null = readable). */
  files: string[];
  broken: string;
  /** A zip holding a text file (read) and a photo (not read). */
  zip: string;
}

/** A folder like a freelancer's: a client list, notes, and a damaged spreadsheet. */
export function prepareFolder(base = mkdtempSync(join(tmpdir(), 'rempart-inventaire-'))): PreparedFolder {
  const clients = join(base, 'Clients');
  const notes = join(base, 'Notes');
  mkdirSync(clients, { recursive: true });
  mkdirSync(notes, { recursive: true });
  const list = join(clients, 'liste.csv');
  // (a valid IBAN, RIB key and checksum: found, so the stores are checked against a real finding)
  writeFileSync(list, 'Nom;Email;Téléphone;IBAN\nQuintavalle;zephyrine.quintal@fuite-inventaire.fr;06 47 82 91 35;FR76 3000 4028 3798 7654 3210 976\nMartin;paul.martin@exemple.fr;01 23 45 67 89;\n');
  const memo = join(notes, 'suivi.txt');
  writeFileSync(memo, 'Rendez-vous avec Mme Quintavalle, numéro de sécurité sociale 2 84 05 73 108 064 59.\nÉcrire à zephyrine.quintal@fuite-inventaire.fr ou appeler le 0647829135.\nElle a été condamnée pour fraude en 2019 et en parle librement.\n');
  const broken = join(clients, 'abimé.xlsx');
  writeFileSync(broken, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]));
  // not read: a scanned identity card and a Publisher leaflet (counted as "non lus", no report)
  writeFileSync(join(clients, 'carte-identite.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
  writeFileSync(join(clients, 'plaquette.pub'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  // read, but with a photo inside that is not: the file to look into is named
  const zip = join(notes, 'courriels.zip');
  writeFileSync(zip, zipSync({ 'relance.txt': strToU8('Relancer zephyrine.quintal@fuite-inventaire.fr\n'), 'carte-vitale.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]) }));
  return { root: base, clients, notes, files: [list, memo, broken, zip], broken, zip };
}

/** A report as the engine would make one; `masked` here deliberately holds a raw value. */
export function handReport(path: string, counts: FileReport['counts'], over: Partial<FileReport> = {}): FileReport {
  return {
    path,
    root: '/srv/partage',
    size: 1234,
    modifiedAt: '2026-03-01T10:00:00.000Z',
    format: path.split('.').pop() ?? 'txt',
    counts,
    findings: Object.entries(counts).map(([type]) => ({ path, type: type as never, category: 'courante', line: 1, column: 1, length: 30, masked: RAW_VALUES[0]! })),
    ...over,
  };
}

/** Case-insensitive search of the raw values in bytes or text (UTF-8 seen as latin1). */
export function rawValuesIn(content: Buffer | string): string[] {
  const hay = (typeof content === 'string' ? Buffer.from(content) : content).toString('latin1').toLowerCase();
  return RAW_VALUES.filter((n) => hay.includes(Buffer.from(n, 'utf8').toString('latin1').toLowerCase()));
}

/** Polls until the scan has left 'en_cours' (the loop has no time limit of its own: the test timeout is the bound). */
export async function untilDone(client: Client, id: string) {
  for (;;) {
    const res = await client.get(`/api/scans/${id}?parPage=1`);
    expect(res.status, res.text).toBe(200);
    if (res.body.analyse.statut !== 'en_cours') return res.body;
    await new Promise((r) => setTimeout(r, 50));
  }
}
