// E-mail addresses: found from each '@' outwards, which is far cheaper than a regex over the text.
import { emit, type Detections } from './emit.ts';

function isLocal(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 45 || c === 43 || c === 37;
}
function isDomain(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

export function detectEmails(text: string, out: Detections): void {
  let at = text.indexOf('@');
  while (at >= 0) {
    let s = at;
    while (s > 0 && isLocal(text.charCodeAt(s - 1))) s--;
    while (s < at && text.charCodeAt(s) === 46) s++; // a local part never starts with '.'
    let e = at + 1;
    while (e < text.length && isDomain(text.charCodeAt(e))) e++;
    while (e > at + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
    if (s < at && e > at + 1) {
      let dot = e - 1;
      while (dot > at && text.charCodeAt(dot) !== 46) dot--; // bounded: never before the '@'
      let tldOk = dot > at + 1 && e - dot - 1 >= 2;
      for (let i = dot + 1; tldOk && i < e; i++) tldOk = isLetter(text.charCodeAt(i));
      if (tldOk) emit(out, 'email', s, e);
    }
    at = text.indexOf('@', Math.max(e, at + 1));
  }
}
