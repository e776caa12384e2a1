// Outlook messages (.msg, dragged out of Outlook into a folder): subject, sender, recipients
// and body through @kenjiuno/msgreader, with the locators « objet », « expéditeur »,
// « destinataires » and « corps du message, ligne N »; the attachments are handed back to be
// read like those of an e-mail. A message attached as a message (a forwarded « élément joint »)
// is handed back too, as the .msg file Outlook would save, and read like one.
import { findStream, readCompoundFile, rebuildCompoundFile } from '../../documents/compound-file.ts';
import { fileErrors } from '../errors.ts';
import { decodeBlock } from './encoding.ts';
import { htmlMasker } from './markup.ts';
import type { Attachment } from './mime.ts';
import { addSegmentDetections, type FindingSink } from './sink.ts';
import type { Detect } from './text.ts';

type MsgReaderClass = typeof import('@kenjiuno/msgreader').default;
let reader: Promise<MsgReaderClass> | null = null;
// Loaded on the first .msg only; a CommonJS module whose default export sits one level down.
const loadReader = () =>
  (reader ??= import('@kenjiuno/msgreader').then((m) => {
    const mod = m.default as unknown as { default?: MsgReaderClass };
    return mod.default ?? (m.default as unknown as MsgReaderClass);
  }));

/** Messages attached in messages attached in messages…: a hostile file could nest them without end. */
const MAX_EMBEDDED_DEPTH = 4;

/**
 * Text of an HTML body, for messages that have no plain text one: a line per line break, paragraph,
 * row or item, then read as HTML files are (tags blanked, entities decoded, links' targets kept).
 */
const htmlText = (html: string) => htmlMasker()(html.replace(/(<br\s*\/?>|<\/(?:p|div|tr|li|h[1-6])>)(?!\r?\n)/gi, '$1\n'));

/** Outlook's HTML body in bytes (PidTagHtml): UTF-8 as Outlook writes it, else Windows-1252, as a text file's. */
const htmlOfBytes = (bytes: Uint8Array) => decodeBlock(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), null).text;

/** What an Outlook message shows (.msg, or an item of a .pst mailbox). */
export interface MessageFields {
  subject?: string | undefined;
  sender: (string | undefined)[];
  recipients: string;
  body?: string | undefined;
  bodyHtml?: string | undefined;
}

/** Locators « objet », « expéditeur », « destinataires », « corps du message, ligne N ». */
export function scanMessageFields(m: MessageFields, detect: Detect, sink: FindingSink): void {
  const hints = { format: 'eml' as const };
  const one = (label: string, text: string | undefined) => {
    if (text) addSegmentDetections(sink, [text.replace(/\r?\n/g, ' ')], (t) => detect(t, hints), () => label);
  };
  one('objet', m.subject);
  one('expéditeur', m.sender.filter(Boolean).join(' '));
  one('destinataires', m.recipients);
  const body = m.body || (m.bodyHtml ? htmlText(m.bodyHtml) : '');
  if (body) addSegmentDetections(sink, body.replace(/\r\n?/g, '\n').split('\n'), (t) => detect(t, hints), (i) => `corps du message, ligne ${i + 1}`);
}

export async function scanMsg(data: Uint8Array, detect: Detect, sink: FindingSink, readAttachments: (list: Attachment[]) => Promise<void>): Promise<void> {
  const MsgReader = await loadReader();
  let msg: InstanceType<MsgReaderClass>;
  let fields: ReturnType<InstanceType<MsgReaderClass>['getFileData']>;
  try {
    const streams = readCompoundFile(data);
    // every message has its property stream: without it, the reader would see an empty message
    if (!findStream(streams, '__properties_version1.0')) throw new Error('not a message');
    // msgreader reads compound files itself and believes the sizes they claim: one changed byte
    // (a 22-byte stream said to weigh 268 MB) made it fill 1 GB. It reads the streams rewritten.
    const clean = await rebuildCompoundFile(streams);
    msg = new MsgReader(new DataView(clean.buffer, clean.byteOffset, clean.byteLength));
    fields = msg.getFileData();
  } catch {
    throw fileErrors.corrupt('Outlook');
  }
  if (fields.error) throw fileErrors.corrupt('Outlook');
  scanMessageFields(
    {
      subject: fields.subject,
      sender: [fields.senderName, fields.senderEmail, fields.senderSmtpAddress],
      recipients: (fields.recipients ?? []).map((r) => [r.name, r.email, r.smtpAddress].filter(Boolean).join(' ')).join(' ; '),
      body: fields.body,
      bodyHtml: fields.bodyHtml ?? (fields.html ? htmlOfBytes(fields.html) : undefined),
    },
    detect,
    sink,
  );

  const attachments: Attachment[] = [];
  for (const a of fields.attachments ?? []) {
    // a hidden attachment is a picture of the body (a logo)
    if (a.attachmentHidden) continue;
    // messages in messages stop somewhere: the deepest is counted as not read
    if (a.innerMsgContent && sink.depth >= MAX_EMBEDDED_DEPTH) {
      sink.countUnread('illisible');
      continue;
    }
    try {
      const { fileName, content } = msg.getAttachment(a);
      if (fileName && content) attachments.push({ name: fileName, data: Buffer.from(content.buffer, content.byteOffset, content.byteLength) });
    } catch {
      // an attachment that cannot be taken out is passed over, as for e-mails
    }
  }
  await readAttachments(attachments);
}
