// Labelled French corpus for the scanner: documents with the position and type of every
// personal datum written into them, and bulk text for the speed benchmark.
import type { FindingType } from '../../../src/core/scan/types.ts';
import { Doc } from './doc.ts';
import { Rng } from './random.ts';
import { proseDocument } from './prose.ts';
import { bankStatement, catalogue, chatExport, companyNote, contactExport, csvFile, csvRow, csvSchema, email, formEntries, formSheet, hrNote, invoice, itNote, jsonExport, notesWithTable, petCare, careLog, rentalFile, guestList, salonCard, careRound, intakeForm, appointments, yogaRegistrations, resume, sessionNote, signedStatement, sqlDump, xmlExport } from './templates.ts';

export interface LabelledDocument {
  name: string;
  format: 'text' | 'csv' | 'json';
  text: string;
  labels: { type: FindingType; start: number; length: number }[];
}

const TEXT_KINDS: Array<[string, (r: Rng) => Doc, number]> = [
  ['facture', invoice, 3],
  ['courriel', email, 4],
  ['seance', sessionNote, 4],
  ['fiche-salarie', hrNote, 1],
  ['formulaire', formSheet, 1],
  ['notes-tableau', notesWithTable, 1],
  ['informatique', itNote, 1],
  ['fournisseur', companyNote, 1],
  ['cv', resume, 1],
  ['attestation', signedStatement, 1],
  ['garde-animaux', petCare, 1],
  ['cahier-liaison', careLog, 1],
  ['dossier-location', rentalFile, 1],
  ['plan-de-table', guestList, 1],
  ['fiche-salon', salonCard, 1],
  ['tournee-soins', careRound, 1],
  ['fiche-contre-indications', intakeForm, 1],
];
const TEXT_TOTAL = TEXT_KINDS.reduce((n, [, , w]) => n + w, 0);

function textDoc(r: Rng): [string, Doc] {
  let x = r.int(1, TEXT_TOTAL);
  for (const [name, make, w] of TEXT_KINDS) {
    x -= w;
    if (x <= 0) return [name, make(r)];
  }
  throw new Error('unreachable');
}

export function* labelledDocuments(seed: number, count: number): Generator<LabelledDocument> {
  const r = new Rng(seed);
  for (let i = 0; i < count; i++) {
    if (r.chance(0.25)) {
      const d = csvFile(r);
      yield { name: `clients-${i}.csv`, format: 'csv', text: d.text, labels: d.labels };
    } else if (r.chance(0.06)) {
      const d = contactExport(r);
      yield { name: `contacts-${i}.csv`, format: 'csv', text: d.text, labels: d.labels };
    } else if (r.chance(0.04)) {
      const { doc: d, csv } = bankStatement(r);
      yield csv ? { name: `releve-${i}.csv`, format: 'csv', text: d.text, labels: d.labels } : { name: `releve-${i}.txt`, format: 'text', text: d.text, labels: d.labels };
    } else if (r.chance(0.03)) {
      const d = jsonExport(r);
      yield { name: `contacts-${i}.json`, format: 'json', text: d.text, labels: d.labels };
    } else if (r.chance(0.02)) {
      // read as text, as the scanner reads an .xml file
      const d = xmlExport(r);
      yield { name: `clients-${i}.xml`, format: 'text', text: d.text, labels: d.labels };
    } else if (r.chance(0.02)) {
      // a website's or an application's database dump, read as text as the scanner reads an .sql file
      const d = sqlDump(r);
      yield { name: `sauvegarde-${i}.sql`, format: 'text', text: d.text, labels: d.labels };
    } else if (r.chance(0.02)) {
      // a WhatsApp talk with a client, exported as text
      const d = chatExport(r);
      yield { name: `discussion-${i}.txt`, format: 'text', text: d.text, labels: d.labels };
    } else if (r.chance(0.02)) {
      // a form tool's entries, each answer beside its question
      const d = formEntries(r);
      yield { name: `inscriptions-${i}.json`, format: 'json', text: d.text, labels: d.labels };
    } else if (r.chance(0.02)) {
      // a practitioner's or a tradesman's appointments, a form tool's registrations
      const d = r.chance(0.6) ? appointments(r) : yogaRegistrations(r);
      yield { name: `rendez-vous-${i}.csv`, format: 'csv', text: d.text, labels: d.labels };
    } else {
      const [kind, d] = textDoc(r);
      yield { name: `${kind}-${i}.txt`, format: 'text', text: d.text, labels: d.labels };
    }
    // a shop's catalogue every 50 documents, beside them: drawn from its own numbers, the others stay as they were
    if (i % 50 === 49) {
      const d = catalogue(new Rng((seed ^ 0x5ca7a1) + i));
      yield { name: `catalogue-${i}.csv`, format: 'csv', text: d.text, labels: d.labels };
    }
  }
}

/**
 * About `bytes` UTF-8 bytes of realistic text (documents one after the other) or of one CSV file
 * (header first, then rows of the same schema), in chunks of about 1 MB.
 * Text density: 'mixed' (default) alternates the labelled documents (invoices, e-mails, notes, all
 * dense in personal data) with long prose (contracts, terms, reports) about half the bytes each;
 * 'dense' keeps only the labelled documents (worst case for the detectors).
 */
export function* bulkText(seed: number, bytes: number, format: 'text' | 'csv', density: 'mixed' | 'dense' = 'mixed'): Generator<string> {
  const r = new Rng(seed);
  const CHUNK = 1 << 20;
  let produced = 0;
  const schema = csvSchema(r);
  let first = true;
  while (produced < bytes) {
    const d = new Doc();
    if (format === 'csv' && first) d.t(schema.header.join(schema.delim) + '\n');
    first = false;
    const target = Math.min(CHUNK, bytes - produced);
    while (Buffer.byteLength(d.text) < target) {
      if (format === 'csv') for (let i = 0; i < 200; i++) csvRow(d, r, schema);
      else {
        for (let i = 0; i < 20; i++) d.t(textDoc(r)[1].text + '\n');
        if (density === 'mixed') for (let i = 0; i < 7; i++) d.t(proseDocument(r) + '\n');
      }
    }
    produced += Buffer.byteLength(d.text);
    yield d.text;
  }
}
