// E-mail addresses: found from each '@' outwards, which is far cheaper than a regex over the text;
// then the addresses hidden from robots (« jean [at] gmail [dot] com »), found from their rarer marks.
import { emit, type Detections } from './emit.ts';

/** A Latin letter beyond ASCII (« é », « ç », « ł »): addresses may hold them (RFC 6531), and people type them. */
function isLatin(c: number): boolean {
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}
function isLocal(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 45 || c === 43 || c === 37 || isLatin(c);
}
function isDomain(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45 || isLatin(c);
}
function isLabel(c: number): boolean {
  return c !== 46 && isDomain(c);
}
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
const isSpace = (c: number) => c === 32 || c === 0xa0;

/** Where the local part ending at `end` starts (`end` when there is none); it never starts with '.'. */
function localStart(text: string, end: number): number {
  let s = end;
  while (s > 0 && isLocal(text.charCodeAt(s - 1))) s--;
  while (s < end && text.charCodeAt(s) === 46) s++;
  return s;
}

// The words that stand for the '@' and the dot in an address hidden from robots
const AT_WORD = '(?:at|AT|@|arobase?|AROBASE?)';
const DOT_WORD = '(?:dot|DOT|point|POINT|\\.)';
// A dot hidden as the '@' is: « [dot] », « (point) », « {.} ».
const HIDDEN_DOT = `[ \\u00a0]?[[({<] ?${DOT_WORD} ?[\\])}>][ \\u00a0]?`;
const HIDDEN_DOT_RE = new RegExp(HIDDEN_DOT, 'y');
const HIDDEN_DOT_BEFORE_RE = new RegExp(`(?:${HIDDEN_DOT})$`);

/** The end of a domain starting at `from`, its dots written or hidden (`hiddenDot`), with a TLD of letters; -1 if none. */
function domainEnd(text: string, from: number, hiddenDot = HIDDEN_DOT_RE): number {
  let e = from;
  let dots = 0;
  let label = from;
  for (;;) {
    label = e;
    while (e < text.length && isLabel(text.charCodeAt(e))) e++;
    if (e === label) return -1;
    if (text.charCodeAt(e) === 46 && isLabel(text.charCodeAt(e + 1))) {
      e++;
      dots++;
      continue;
    }
    hiddenDot.lastIndex = e;
    if (!hiddenDot.test(text) || !isLabel(text.charCodeAt(hiddenDot.lastIndex))) break;
    e = hiddenDot.lastIndex;
    dots++;
  }
  // (a hyphen ends no label: « gmail.com- » is the address and a dash)
  while (e > label && text.charCodeAt(e - 1) === 45) e--;
  if (dots === 0 || e - label < 2) return -1;
  for (let i = label; i < e; i++) if (!isLetter(text.charCodeAt(i))) return -1;
  return e;
}

// The domains set aside for examples and tests (RFC 2606, RFC 6761): no mailbox is there, so no one is reached
// (« jdoe@example.com » in a manual, « user@host.test » in a test)
const RESERVED_DOMAIN_RE = /(?:^|\.)example\.(?:com|org|net)$|\.(?:example|test|invalid|localhost)$/i;

/** `spoken` also reads an address said in words (« jean arobase gmail point com »); CSV leaves it out (below). */
export function detectEmails(text: string, out: Detections, spoken = true): void {
  let at = text.indexOf('@');
  while (at >= 0) {
    let s = localStart(text, at);
    let e = at + 1;
    let from = at + 1;
    // « jean.martin @ gmail.com »: one space each side, to foil robots
    if (s === at && at > 1 && isSpace(text.charCodeAt(at - 1)) && isSpace(text.charCodeAt(at + 1))) {
      s = localStart(text, at - 1);
      if (s < at - 1) from = at + 2;
      else s = at;
    }
    while (e < text.length && isDomain(text.charCodeAt(e))) e++;
    while (e > at + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
    if (s < at) {
      let dot = e - 1;
      while (dot > at && text.charCodeAt(dot) !== 46) dot--; // bounded: never before the '@'
      let tldOk = from === at + 1 && e > at + 1 && dot > at + 1 && e - dot - 1 >= 2;
      for (let i = dot + 1; tldOk && i < e; i++) tldOk = isLetter(text.charCodeAt(i));
      // else its dots hidden (« jean@gmail[dot]com »), or the '@' between spaces
      if (!tldOk && (e = domainEnd(text, from)) < 0) e = at + 1;
      else if (!RESERVED_DOMAIN_RE.test(text.slice(from, e))) emit(out, 'email', s, e);
    }
    at = text.indexOf('@', Math.max(e, at + 1));
  }
  detectHiddenEmails(text, out);
  if (spoken) detectSpokenEmails(text, out);
}

// « jean.martin [at] gmail [dot] com », « jean (arobase) gmail.com », « jean[@]gmail.com »: the '@' in brackets, as
// a contact page or a signature hides an address from robots. Found from each bracket: a regex or a search for
// the words cost 0.8 to 2.6 ms per MB of text, fifteen times the rest of this detector.
const HIDDEN_AT_RE = new RegExp(` ?${AT_WORD} ?[\\])]`, 'y');

function detectHiddenEmails(text: string, out: Detections): void {
  for (const open of ['(', '[']) {
    for (let b = text.indexOf(open); b >= 0; b = text.indexOf(open, b + 1)) {
      HIDDEN_AT_RE.lastIndex = b + 1;
      if (!HIDDEN_AT_RE.test(text)) continue;
      const me = HIDDEN_AT_RE.lastIndex;
      let end = b;
      if (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
      let s = localStart(text, end);
      if (s === end) continue;
      // its local part's dots hidden too (« nick(dot)treleaven(at)btinternet(dot)com »)
      for (let m; (m = HIDDEN_DOT_BEFORE_RE.exec(text.slice(Math.max(0, s - 12), s))) !== null; ) {
        const t = localStart(text, s - m[0].length);
        if (t === s - m[0].length) break;
        s = t;
      }
      const e = domainEnd(text, isSpace(text.charCodeAt(me)) ? me + 1 : me);
      if (e < 0) continue;
      emit(out, 'email', s, e);
    }
  }
}

// « jean.martin arobase gmail point com »: the address as it is said, written in a note or a message to foil robots.
// Found from each « bas » of « arobas(e) », « Arobase »: V8 searches a string from its first letter, rare in « bas »
// (0.1 ms per MB of text), frequent in « arobas » (0.7); not in CSV, where « bas » is three times as frequent and an
// address is typed in its column (0.23). In capitals, not searched (another 0.1). The dots said too, the TLD of
// letters after them. (The English « at » is left: « available at example.com ».)
const SPOKEN_DOT_RE = /[ \u00a0]+(?:point|POINT|dot|DOT)[ \u00a0]+/y;
const SPOKEN_DOT_BEFORE_RE = /[ \u00a0]+(?:point|POINT|dot|DOT)[ \u00a0]+$/;

function detectSpokenEmails(text: string, out: Detections): void {
  for (let b = text.indexOf('bas', 3); b >= 0; b = text.indexOf('bas', b + 1)) {
    const w = b - 3; // « aro », « Aro » before
    if (text.charCodeAt(w + 1) !== 114 || text.charCodeAt(w + 2) !== 111 || (text.charCodeAt(w) | 32) !== 97) continue;
    let me = b + 3;
    if (text.charCodeAt(me) === 101) me++; // « arobase »
    if (!isSpace(text.charCodeAt(w - 1)) || !isSpace(text.charCodeAt(me))) continue;
    let s = localStart(text, w - 1);
    // (in ASCII: « il écrit arobase puis point com » is an explanation)
    if (s === w - 1 || !isAscii(text, s, w - 1)) continue;
    // « jean point martin arobase … »: its local part's dots said too
    for (let m; (m = SPOKEN_DOT_BEFORE_RE.exec(text.slice(Math.max(0, s - 9), s))) !== null; ) {
      const t = localStart(text, s - m[0].length);
      if (t === s - m[0].length) break;
      s = t;
    }
    const e = spokenDomainEnd(text, me + 1);
    if (e >= 0) emit(out, 'email', s, e);
  }
}

function isAscii(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** The end of a domain whose dots may be said (« gmail point com »), in ASCII, its TLD of 2 to 6 letters; -1 if none. */
function spokenDomainEnd(text: string, from: number): number {
  const e = domainEnd(text, from, SPOKEN_DOT_RE);
  let tld = e;
  while (tld > from && isLetter(text.charCodeAt(tld - 1))) tld--;
  return e < 0 || e - tld > 6 || !isAscii(text, from, e) ? -1 : e;
}

const REVEAL_AT_RE = new RegExp(`[ \\u00a0]?[[({<] ?${AT_WORD} ?[\\])}>][ \\u00a0]?|[ \\u00a0]@[ \\u00a0]`, 'g');
const REVEAL_DOT_RE = new RegExp(HIDDEN_DOT, 'g');
const REVEAL_SPOKEN_AT_RE = /[ \u00a0]+(?:arobase?|Arobase?|AROBASE?)[ \u00a0]+/g;
const REVEAL_SPOKEN_DOT_RE = new RegExp(SPOKEN_DOT_RE.source, 'g');

/** The address a hidden one stands for (« jean [at] gmail [dot] com » → « jean@gmail.com »), to match a client's. */
export function revealEmail(found: string): string {
  return found.replace(REVEAL_AT_RE, '@').replace(REVEAL_DOT_RE, '.').replace(REVEAL_SPOKEN_AT_RE, '@').replace(REVEAL_SPOKEN_DOT_RE, '.');
}
