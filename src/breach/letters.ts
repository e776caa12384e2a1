// Letters to the people concerned (Art. 34(2)): an e-mail and a postal letter each, merged into
// one PDF (one page per person), a CSV for a word processor's mail merge, or JSON.
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import type { RequestMeta } from '../accounts/meta.ts';
import { renderLetterToPerson, type RenderedLetter } from '../core/breach/index.ts';
import { neutraliseRow } from '../core/clients/csv-safety.ts';
import type { Client } from '../core/clients/types.ts';
import { forbidden, notFound } from '../core/errors.ts';
import { ClientVault } from '../clients/vault.ts';
import { appendJournal, recordEvent } from '../journal/journal.ts';
import { journalBase, requireWriter } from './access.ts';
import { assessedBreach } from './cnil.ts';
import { renderLettersPdf } from './letters-pdf.ts';

export interface Recipient {
  civilite: 'M.' | 'Mme' | null;
  nom: string;
  prenom: string;
  email: string | null;
  adresse: string[];
}

export type LetterFormat = 'pdf' | 'csv' | 'json';
export const ADDRESS_LINES = 5;

/** A client of the client file as the addressee of a letter. */
export function recipientFromClient(c: Client): Recipient {
  const a = c.address;
  const city = a ? [a.codePostal, a.ville].filter(Boolean).join(' ') : '';
  const adresse = a ? [...a.lignes, ...(city ? [city] : []), ...(a.pays && a.pays !== 'France' ? [a.pays.toUpperCase()] : [])] : [];
  return {
    civilite: c.civilite,
    nom: c.nom ?? c.company ?? '',
    prenom: c.prenom ?? '',
    email: c.emails[0] ?? null,
    adresse: adresse.slice(0, ADDRESS_LINES),
  };
}

/** Clients picked in the client file, read with the session's data key. Unknown ids: 404. */
async function clientRecipients(app: App, actor: Actor, ids: readonly string[], meta: RequestMeta): Promise<Recipient[]> {
  if (ids.length === 0) return [];
  if (!actor.dataKey) throw forbidden('ACCES_EN_ATTENTE', 'Votre accès au fichier clients chiffré attend d’être réactivé par le propriétaire du compte.');
  const vault = new ClientVault(actor.tenantId, actor.dataKey);
  const rows = await app.repos.clients(actor.tenantId).getMany(ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = ids.find((id) => !byId.has(id));
  if (missing !== undefined) {
    await recordEvent(app, { ...journalBase(actor, meta), action: 'securite.acces_refuse', recordType: 'client', recordId: missing.slice(0, 64) });
    throw notFound('Client introuvable.');
  }
  return [...new Set(ids)].map((id) => recipientFromClient(vault.open(byId.get(id)!)));
}

const CSV_HEADER = ['civilite', 'prenom', 'nom', 'email', ...Array.from({ length: ADDRESS_LINES }, (_, i) => `adresse_${i + 1}`), 'objet', 'texte_email', 'courrier'];

function csvCell(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Semicolons and a BOM, as French spreadsheets and word processors expect. */
export function lettersCsv(letters: ReadonlyArray<{ to: Recipient; letter: RenderedLetter }>): string {
  const lines = [CSV_HEADER.join(';')];
  for (const { to, letter } of letters) {
    const address = Array.from({ length: ADDRESS_LINES }, (_, i) => to.adresse[i] ?? '');
    const cells = neutraliseRow([to.civilite ?? '', to.prenom, to.nom, to.email ?? '', ...address, letter.email.objet, letter.email.texte, letter.courrier]);
    lines.push(cells.map(csvCell).join(';'));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function breachLetters(app: App, actor: Actor, id: string, input: { recipients: Recipient[]; clientIds: string[]; format: LetterFormat }, meta: RequestMeta) {
  await requireWriter(app, actor, meta);
  const b = await assessedBreach(app, actor, id, meta);
  const fromClients = await clientRecipients(app, actor, input.clientIds, meta);
  const recipients = [...input.recipients, ...fromClients];
  const now = app.now();
  const letters = recipients.map((to) => ({
    to,
    letter: renderLetterToPerson({ business: b.business, incident: b.incident, decision: b.decision, date: now, person: { civilite: to.civilite, nom: to.nom, prenom: to.prenom, adresse: to.adresse } }),
  }));
  await app.tx((repos) =>
    appendJournal(app, repos, {
      ...journalBase(actor, meta),
      action: 'violation.lettres',
      recordType: 'violation',
      recordId: id,
      details: { nombre: letters.length, format: input.format, clients: fromClients.length },
    }),
  );
  const stamp = now.toISOString().slice(0, 10);
  if (input.format === 'json') {
    return { kind: 'json' as const, body: { lettres: letters.map(({ to, letter }) => ({ destinataire: to, ...letter })) } };
  }
  if (input.format === 'csv') {
    return { kind: 'file' as const, body: lettersCsv(letters), contentType: 'text/csv; charset=utf-8', filename: `lettres-violation-${stamp}.csv` };
  }
  const sender = [b.business.nom, ...b.business.adresse];
  const pdf = await renderLettersPdf(
    letters.map(({ to, letter }) => {
      // The postal letter opens with the sender and recipient blocks, laid out apart in the PDF:
      // the body starts at the date line, the paragraph before « Objet : ».
      const objet = letter.courrier.indexOf('\n\nObjet : ');
      const start = objet < 0 ? 0 : letter.courrier.lastIndexOf('\n\n', objet - 1) + 2;
      const name = [to.civilite, to.prenom, to.nom].filter((s) => s !== null && s.trim() !== '').join(' ');
      return { sender, recipient: [name, ...to.adresse], body: letter.courrier.slice(start).trimEnd() };
    }),
    { title: `Information des personnes – ${b.tenant.raison_sociale}`, date: now },
  );
  return { kind: 'file' as const, body: pdf, contentType: 'application/pdf', filename: `lettres-violation-${stamp}.pdf` };
}
