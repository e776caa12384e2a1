// Chat exports (WhatsApp's « Discussion WhatsApp avec … .txt », a coach's or a tradesman's talks with
// clients): each message's line starts with its date and time and its sender's name as saved in the
// phone — « 12/03/2024 14:32 - Maëlys Quéré: Bonjour », « [12/03/2024 14:32:05] Solenn: … »,
// « 3/12/24, 2:32 PM - … » — a name the name detector cannot tell from a word without a first name it knows.
import { emit, type Detections } from './emit.ts';
import { isNameShaped } from './names.ts';

const DATE = String.raw`\d{1,2}[/.]\d{1,2}[/.]\d{2,4}`;
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[ \u202f\u00a0]?[AaPp]\.? ?[Mm]\.?)?`;
// Android: « date, time - sender: »; iOS: « [date, time] sender: » (a left-to-right mark before it on a line with a photo)
const LINE_START = String.raw`^\u200e?(?:\[${DATE},? ${TIME}\] |${DATE},? (?:à )?${TIME} - )`;
const SENDER_RE = new RegExp(String.raw`${LINE_START}\u200e?([^:\n\u200e]{1,60}?): `, 'gm');
const START_RE = new RegExp(LINE_START, 'm');
// (a block whose first 4 KB hold no message's line is no chat: not searched further)
const GATE = 4096;
// A program's log writes its lines the same way, its level or its part where a sender stands
// (« 12/03/2024 14:32:05 - INFO: », « [12/03/2024 14:32] Serveur: »), and a diary or a site's notes
// their entry's kind (« 12/03/2024 14:30 - Appel: rappeler Mme Dupont »): no names
const NOT_A_SENDER_RE = /^(?:info|infos|warn|warning|avertissement|error|erreur|debug|notice|trace|fatal|critical|critique|alert|alerte|system|syst[eè]me|server|serveur|client|cliente|admin|root|cron|kernel|note|notes|todo|rappel|t[aâ]che|objet|sujet|message|statut|status|r[ée]union|rendez-vous|rdv|appel|chantier|livraison|commande|facture|devis|paiement|r[eè]glement|remarque|visite|intervention|s[ée]ance|consultation|cours|atelier|formation|relance|mail|courriel|sms|t[ée]l[ée]phone|d[ée]but|fin|pause|arriv[ée]e|d[ée]part|compte|bilan|suivi|action|d[ée]cision|question|r[ée]ponse)$/i;
const LOWERCASE_RE = /\p{Ll}/u;

/** The senders of a chat export's messages, in order of start. */
export function detectChatSenders(text: string, out: Detections): void {
  if (!START_RE.test(text.length > GATE ? text.slice(0, GATE) : text)) return;
  SENDER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENDER_RE.exec(text)) !== null) {
    const sender = m[1]!.trimEnd();
    // a name as the phone saved it (« Maëlys Quéré », « Solenn »); a number, « Maman ❤️ », « ~ Julie » are not,
    // nor a log's « INFO » or « Serveur », nor a diary's « Appel »
    if (!isNameShaped(sender) || !LOWERCASE_RE.test(sender) || NOT_A_SENDER_RE.test(firstWord(sender))) continue;
    const s = m.index + m[0].length - 2 - m[1]!.length;
    emit(out, 'person_name', s, s + sender.length);
  }
}

function firstWord(sender: string): string {
  const space = sender.indexOf(' ');
  return space < 0 ? sender : sender.slice(0, space);
}
