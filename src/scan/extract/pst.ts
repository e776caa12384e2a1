// Outlook mailboxes (.pst archives, .ost offline copies) through pst-extractor: every item of
// every folder, read where the file lies (not loaded whole). Messages, meeting requests,
// appointments and tasks give their subject, sender, recipients and body, contacts their names,
// e-mails, phones, addresses and notes, with the locator « dossier « Inbox », élément 3, objet ».
// Attachments are read like those of an e-mail; a message attached to a message is not opened.
import type { PSTAttachment, PSTFile, PSTFolder, PSTMessage } from 'pst-extractor';
// (the package's index does not export the contact class, only makes its instances)
import type { PSTContact } from 'pst-extractor/dist/PSTContact.class.js';
import { fileErrors, ScanFileError } from '../errors.ts';
// the caps of an e-mail's attachments: each one, and all those of one item
import { MAX_ATTACHED_BYTES, MAX_ATTACHMENT_BYTES, type Attachment } from './mime.ts';
import { scanMessageFields } from './msg.ts';
import { rtfToText } from './rtf.ts';
import { FieldColumns, type FindingSink } from './sink.ts';
import type { Detect } from './text.ts';

// A damaged file may describe folders inside themselves.
const MAX_DEPTH = 64;

type Library = typeof import('pst-extractor');
let library: Promise<Library> | null = null;
// Loaded on the first mailbox only.
const load = () => (library ??= import('pst-extractor'));

/**
 * `source`: the file's path, or its bytes when it was taken out of another file. `alive` is
 * called after each item with the items read and their total, for the progress and the pool's
 * watchdog.
 */
export async function scanPst(source: string | Buffer, detect: Detect, sink: FindingSink, readAttachments: (list: Attachment[]) => Promise<void>, alive: (done: number, total: number) => void): Promise<void> {
  const { PSTFile } = await load();
  let pst: PSTFile;
  // the folder tree first, for the progress: the items are counted in it
  const folders: { folder: PSTFolder; path: string }[] = [];
  let total = 0;
  try {
    pst = typeof source === 'string' ? new PSTFile(source) : new PSTFile(source);
    const visit = (folder: PSTFolder, path: string, depth: number) => {
      folders.push({ folder, path });
      total += Math.max(0, folder.contentCount);
      if (folder.hasSubfolders && depth < MAX_DEPTH) for (const sub of folder.getSubFolders()) visit(sub, path ? `${path}/${sub.displayName}` : sub.displayName, depth + 1);
    };
    visit(pst.getRootFolder(), '', 0);
  } catch {
    throw fileErrors.corrupt('Outlook');
  }
  let done = 0;
  const item = async (m: PSTMessage, place: string) => {
    await sink.within(place, async () => {
      if (m.messageClass.startsWith('IPM.Contact')) scanContact(m as PSTContact, detect, sink);
      else scanMessageFields({ subject: m.subject, sender: [m.senderName, m.senderEmailAddress], recipients: [m.displayTo, m.displayCC, m.displayBCC].filter(Boolean).join(' ; '), body: m.body || (m.bodyRTF ? rtfToText(m.bodyRTF) : ''), bodyHtml: m.bodyHTML }, detect, sink);
      await readAttachments(attachmentsOf(m));
    });
    alive(++done, total);
  };
  const walk = async () => {
    for (const { folder, path } of folders) {
      if (folder.contentCount <= 0) continue;
      let n = 0;
      for (let m: PSTMessage | null = folder.getNextChild(); m; m = folder.getNextChild()) await item(m, `dossier « ${path || '(racine)'} », élément ${++n}`);
    }
  };
  try {
    await walk();
  } catch (e) {
    // what was read before the damage is kept, with the error
    throw e instanceof ScanFileError ? e : fileErrors.corrupt('Outlook');
  } finally {
    pst.close();
  }
}

/** The fields of an Outlook contact that Rempart reads. */
export type ContactFields = Pick<
  PSTContact,
  | 'displayNamePrefix' | 'givenName' | 'middleName' | 'surname' | 'nickname' | 'spouseName' | 'childrensNames'
  | 'email1EmailAddress' | 'email2EmailAddress' | 'email3EmailAddress'
  | 'mobileTelephoneNumber' | 'homeTelephoneNumber' | 'home2TelephoneNumber' | 'businessTelephoneNumber' | 'business2TelephoneNumber'
  | 'primaryTelephoneNumber' | 'otherTelephoneNumber' | 'carTelephoneNumber' | 'assistantTelephoneNumber'
  | 'homeAddress' | 'workAddress' | 'otherAddress' | 'postalAddress' | 'note' | 'body'
>;

/** A contact card: each field under the header that says what it is, as a spreadsheet column. */
export function scanContact(c: ContactFields, detect: Detect, sink: FindingSink): void {
  const fields: [label: string, header: string, values: string[]][] = [
    ['nom', 'Nom', [[c.displayNamePrefix, c.givenName, c.middleName, c.surname].filter(Boolean).join(' '), c.nickname, c.spouseName, c.childrensNames]],
    ['adresse e-mail', '', [c.email1EmailAddress, c.email2EmailAddress, c.email3EmailAddress]],
    ['téléphone', 'Téléphone', [c.mobileTelephoneNumber, c.homeTelephoneNumber, c.home2TelephoneNumber, c.businessTelephoneNumber, c.business2TelephoneNumber, c.primaryTelephoneNumber, c.otherTelephoneNumber, c.carTelephoneNumber, c.assistantTelephoneNumber]],
    ['adresse', 'Adresse', [c.homeAddress, c.workAddress, c.otherAddress, c.postalAddress]],
    ['notes', '', [c.note, c.body]],
  ];
  const columns = new FieldColumns(true);
  for (const [label, header, values] of fields) for (const v of values) if (v) columns.add(header, v, `contact, ${label}`);
  columns.detectInto(sink, detect);
}

function attachmentsOf(m: PSTMessage): Attachment[] {
  const out: Attachment[] = [];
  let total = 0;
  for (let i = 0; i < m.numberOfAttachments; i++) {
    let a: PSTAttachment;
    try {
      a = m.getAttachment(i);
    } catch {
      continue; // one that cannot be taken out is passed over, as for e-mails
    }
    // a message inside the message is not opened; a picture of the body (a logo) is no attachment
    // (an image shown inside the HTML body, by its content id, is one too: as for an e-mail's inline logo)
    if (a.embeddedPSTMessage || a.isAttachmentInvisibleInHtml || (a.contentId && /^image\//i.test(a.mimeTag))) continue;
    const name = a.longFilename || a.filename || 'pièce jointe';
    if (a.filesize > MAX_ATTACHMENT_BYTES || (total += a.filesize) > MAX_ATTACHED_BYTES) {
      out.push({ name, data: Buffer.alloc(0), tooBig: true });
      continue;
    }
    const data = contentOf(a);
    if (data) out.push({ name, data });
  }
  return out;
}

function contentOf(a: PSTAttachment): Buffer | null {
  try {
    const stream = a.fileInputStream;
    if (!stream) return null;
    const data = Buffer.alloc(a.filesize);
    let read = 0;
    while (read < data.length) {
      const n = stream.read(data.subarray(read));
      if (n <= 0) break;
      read += n;
    }
    return data.subarray(0, read);
  } catch {
    return null;
  }
}
