// Evidence attached to a breach (screenshot, the mis-sent e-mail, police report). Stored like
// client documents: the bytes encrypted with age to the tenant's recipient under
// <dataDir>/documents/<tenantId>/incidents/<id>.age, the file name sealed with the data key.
// There is no delete: the register keeps its evidence (Art. 33(5)).
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import type { RequestMeta } from '../accounts/meta.ts';
import { invalid, notFound } from '../core/errors.ts';
import type { BreachAttachmentRow } from '../db/repositories/breaches.ts';
import { openVault } from '../clients/access.ts';
import { cleanFilename, MAX_DOCUMENT_BYTES, readSealedFile, tenantIdentity, writeSealedFile } from '../clients/documents.ts';
import type { ClientVault } from '../clients/vault.ts';
import { appendJournal, recordEvent } from '../journal/journal.ts';
import { journalBase, requireWriter, targetBreach } from './access.ts';

const TABLE = 'breach_attachments';

export interface AttachmentInfo {
  id: string;
  filename: string;
  mime: string;
  size: number;
  createdAt: string;
}

export interface NewAttachment {
  filename: string;
  mime: string;
  content: Buffer;
}

export function attachmentPath(app: App, tenantId: string, id: string): string {
  // Ids come from the database (UUIDs): checked anyway, they become a path.
  if (!/^[0-9a-f-]{36}$/.test(tenantId) || !/^[0-9a-f-]{36}$/.test(id)) throw new Error('identifiant de pièce jointe invalide');
  return join(app.config.dataDir, 'documents', tenantId, 'incidents', `${id}.age`);
}

function info(vault: ClientVault, row: BreachAttachmentRow): AttachmentInfo {
  return { id: row.id, filename: vault.openField(TABLE, 'filename_enc', row.id, row.filename_enc), mime: row.mime, size: Number(row.size), createdAt: row.created_at };
}

export async function listAttachments(app: App, actor: Actor, breachId: string, meta: RequestMeta): Promise<AttachmentInfo[]> {
  const vault = openVault(actor);
  await targetBreach(app, actor, breachId, meta);
  return (await app.repos.breaches(actor.tenantId).attachments(breachId)).map((r) => info(vault, r));
}

export async function addAttachment(app: App, actor: Actor, breachId: string, file: NewAttachment, meta: RequestMeta): Promise<AttachmentInfo> {
  await requireWriter(app, actor, meta);
  const vault = openVault(actor);
  await targetBreach(app, actor, breachId, meta);
  if (file.content.length === 0) throw invalid('PIECE_VIDE', 'Le fichier est vide.');
  if (file.content.length > MAX_DOCUMENT_BYTES) throw invalid('PIECE_TROP_VOLUMINEUSE', 'Fichier trop volumineux : 10 Mo au maximum.');
  const id = randomUUID();
  const path = attachmentPath(app, actor.tenantId, id);
  await writeSealedFile(app, vault, path, file.content);
  const row: BreachAttachmentRow = {
    id,
    tenant_id: actor.tenantId,
    breach_id: breachId,
    filename_enc: vault.sealField(TABLE, 'filename_enc', id, cleanFilename(file.filename)),
    mime: file.mime,
    size: file.content.length,
    created_at: app.now().toISOString(),
    created_by: actor.userId,
  };
  try {
    await app.tx(async (repos) => {
      await repos.breaches(actor.tenantId).addAttachment(row);
      await appendJournal(app, repos, { ...journalBase(actor, meta), action: 'violation.piece_jointe_ajoutee', recordType: 'violation', recordId: breachId, details: { piece: id, taille: row.size } });
    });
  } catch (err) {
    // The database refused: the encrypted file must not stay behind, unreferenced.
    await rm(path, { force: true });
    throw err;
  }
  return info(vault, row);
}

export async function downloadAttachment(app: App, actor: Actor, breachId: string, id: string, meta: RequestMeta) {
  const vault = openVault(actor);
  await targetBreach(app, actor, breachId, meta);
  const row = await app.repos.breaches(actor.tenantId).attachment(breachId, id);
  const identity = row ? await tenantIdentity(app, vault) : null;
  if (!row || !identity) throw notFound('Pièce jointe introuvable.');
  let body: Buffer;
  try {
    body = await readSealedFile(identity, attachmentPath(app, actor.tenantId, id));
  } catch {
    throw notFound('Fichier de la pièce jointe introuvable ou illisible sur le disque.');
  }
  await recordEvent(app, { ...journalBase(actor, meta), action: 'violation.piece_jointe_telechargee', recordType: 'violation', recordId: breachId, details: { piece: id } });
  return { ...info(vault, row), body };
}
