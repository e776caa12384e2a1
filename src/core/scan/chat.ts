// Chat exports (WhatsApp's « Discussion WhatsApp avec … .txt », a coach's or a tradesman's talks with
// clients): each message's line starts with its date and time and its sender's name as saved in the
// phone — « 12/03/2024 14:32 - Maëlys Quéré: Bonjour », « [12/03/2024 14:32:05] Solenn: … »,
// « 3/12/24, 2:32 PM - … » — a name the name detector cannot tell from a word without a first name it knows;
// and a group's events the members it adds, removes or sees leave.
import { emit, type Detections } from './emit.ts';
import { isNameShaped } from './names.ts';
import { isOrganisationName } from './organisations.ts';

const DATE = String.raw`\d{1,2}[/.]\d{1,2}[/.]\d{2,4}`;
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[ \u202f\u00a0]?[AaPp]\.? ?[Mm]\.?)?`;
// Android: « date, time - sender: »; iOS: « [date, time] sender: » (a left-to-right mark before it on a line with a photo)
const LINE_START = String.raw`^\u200e?(?:\[${DATE},? ${TIME}\] |${DATE},? (?:à )?${TIME} - )`;
// (the rest of the line, up to 400 characters: a message's sender then « : », or an event)
const LINE_RE = new RegExp(String.raw`${LINE_START}\u200e?([^\n]{1,400})`, 'gm');
const SENDER_RE = /^([^:\n\u200e]{1,60}?): /;
// A group's events name its members without a colon: « Gwenaëlle Kerbrat a ajouté Solenn Tanguy, Erwan et
// Maëlys Quéré », « Solenn Tanguy a quitté », « Vous avez retiré Erwan », « Anne Riou created group "Yoga" »
const ADDED_RE = /^(.{1,60}?) (?:vous a ajoutée?|a ajouté|avez ajouté|a retiré|avez retiré|added|removed) (.{1,300})$/;
const ACTED_RE = /^(.{1,60}?) (?:a créé (?:le )?groupe|a quitté|est partie?|a rejoint|a changé|created group|left|joined|changed)(?=$|[ ,.])/;
const LIST_SEPARATOR_RE = /, | et | and /;
// WhatsApp's notice that a contact's security code changed names the contact too
const SECURITY_CODE_RE = /^(?:Le code de sécurité de |Votre code de sécurité avec )(.{1,60}?) a changé|^(.{1,60}?)['’]s security code changed/;
const START_RE = new RegExp(LINE_START, 'm');
// (a block whose first 4 KB hold no message's line is no chat: not searched further)
const GATE = 4096;
// A program's log writes its lines the same way, its level or its part where a sender stands
// (« 12/03/2024 14:32:05 - INFO: », « [12/03/2024 14:32] Serveur: »), and a diary or a site's notes
// their entry's kind (« 12/03/2024 14:30 - Appel: rappeler Mme Dupont »): no names
const SELF = new Set(['Vous', 'You', 'Moi', 'Me', 'Myself']);
const NOT_A_SENDER_RE = /^(?:info|infos|warn|warning|avertissement|error|erreur|debug|notice|trace|fatal|critical|critique|alert|alerte|system|syst[eè]me|server|serveur|client|cliente|admin|root|cron|kernel|note|notes|todo|rappel|t[aâ]che|objet|sujet|message|statut|status|r[ée]union|rendez-vous|rdv|appel|chantier|livraison|commande|facture|devis|paiement|r[eè]glement|remarque|visite|intervention|s[ée]ance|consultation|cours|atelier|formation|relance|mail|courriel|sms|t[ée]l[ée]phone|d[ée]but|fin|pause|arriv[ée]e|d[ée]part|compte|bilan|suivi|action|d[ée]cision|question|r[ée]ponse)$/i;
const LOWERCASE_RE = /\p{Ll}/u;

/** The senders of a chat export's messages, and the members its group's events name, in order of start. */
export function detectChatSenders(text: string, out: Detections): void {
  if (!START_RE.test(text.length > GATE ? text.slice(0, GATE) : text)) return;
  LINE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINE_RE.exec(text)) !== null) {
    const rest = m[1]!.replace(/\r$/, '');
    const at = m.index + m[0].length - m[1]!.length;
    const sent = SENDER_RE.exec(rest);
    if (sent) {
      // a name as the phone saved it (« Maëlys Quéré », « Solenn »); a number, « Maman ❤️ », « ~ Julie » are not,
      // nor a log's « INFO » or « Serveur », nor a diary's « Appel »
      const sender = sent[1]!.trimEnd();
      if (isSavedName(sender)) emit(out, 'person_name', at, at + sender.length);
      continue;
    }
    const code = SECURITY_CODE_RE.exec(rest);
    if (code) {
      const name = code[1] ?? code[2]!;
      const s = at + (code[1] !== undefined ? code[0].length - ' a changé'.length - name.length : 0);
      if (isSavedName(name)) emit(out, 'person_name', s, s + name.length);
      continue;
    }
    const added = ADDED_RE.exec(rest);
    const acted = added ?? ACTED_RE.exec(rest);
    if (!acted) continue;
    if (isSavedName(acted[1]!)) emit(out, 'person_name', at, at + acted[1]!.length);
    if (!added) continue;
    // the members added or removed, one after the other
    let from = at + rest.length - added[2]!.length;
    for (const name of added[2]!.split(LIST_SEPARATOR_RE)) {
      const s = text.indexOf(name, from);
      const member = name.trim();
      if (isSavedName(member)) emit(out, 'person_name', s, s + member.length);
      from = s + name.length;
    }
  }
}

/** A name as a phone saves it: not « Vous », « Moi » (an SMS export's owner), a number, an emoji, a log's level or a diary's entry. */
function isSavedName(name: string): boolean {
  // (a business the phone saved by its name, « Cabinet Orthophonie Lefort », is no one)
  return isNameShaped(name) && LOWERCASE_RE.test(name) && !NOT_A_SENDER_RE.test(firstWord(name)) && !SELF.has(name) && !isOrganisationName(name);
}

function firstWord(sender: string): string {
  const space = sender.indexOf(' ');
  return space < 0 ? sender : sender.slice(0, space);
}
