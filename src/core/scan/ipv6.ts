// IPv6 addresses, found from each ':' (rare in French prose, where a space precedes ':').
import { emit, type Detections } from './emit.ts';

const IPV6_RE = /(?:[0-9a-fA-F]{1,4}:){1,7}(?:(?::[0-9a-fA-F]{1,4}){1,6}|[0-9a-fA-F]{1,4}|:)/y;
const FULL_RE = /^(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){1,6}(?::[0-9a-f]{1,4}){1,6}|(?:[0-9a-f]{1,4}:){1,7}:|::(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})$/i;

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
function isWord(c: number): boolean {
  return isHex(c) || (c >= 103 && c <= 122) || (c >= 71 && c <= 90) || c === 95;
}

// Not anyone's: the documentation's block (RFC 3849, « 2001:db8::1 »), NAT64's well-known prefix (« 64:ff9b:: »),
// multicast (ff…), a link-local address set by hand (« fe80::1 »: one group after « :: », where a machine's own takes
// four), and a block wider than a subscriber's (« fc00::/7 », « 2a01:e00::/26 »; an ISP gives each home a /48 to a /64).
const NOT_ANYONES_RE = /^(?:2001:0?db8(?::|$)|64:ff9b:|ff[0-9a-f]{2}:|fe80::[0-9a-f]{0,4}$)/i;
const WIDE_PREFIX_RE = /\/(?:[0-9]|[1-3][0-9]|4[0-7])(?![0-9])/y;
function anyonesIpv6(v: string, text: string, e: number): boolean {
  WIDE_PREFIX_RE.lastIndex = e;
  return !NOT_ANYONES_RE.test(v) && !WIDE_PREFIX_RE.test(text);
}

/**
 * An IPv4 address at `s` written as the tail of the documentation's IPv6 (« 2001:db8::192.168.0.1 »): an example, as
 * the IPv6 it ends. (« ::ffff:82.64.12.34 », an IPv4 client seen by an IPv6 server, is that client's.)
 */
export function documentationIpv6Before(text: string, s: number): boolean {
  if (text.charCodeAt(s - 1) !== 58) return false;
  let b = s - 1;
  while (b > 0 && s - b < 40 && (isHex(text.charCodeAt(b - 1)) || text.charCodeAt(b - 1) === 58)) b--;
  return /^2001:0?db8:/i.test(text.slice(b, s));
}

export function detectIpv6(text: string, out: Detections): void {
  let i = text.indexOf(':');
  while (i >= 0) {
    let next = i + 1;
    if (i > 0 && isHex(text.charCodeAt(i - 1))) {
      let s = i - 1;
      while (s > 0 && isHex(text.charCodeAt(s - 1))) s--;
      if (i - s <= 4 && (s === 0 || (!isWord(text.charCodeAt(s - 1)) && text.charCodeAt(s - 1) !== 58))) {
        IPV6_RE.lastIndex = s;
        const m = IPV6_RE.exec(text);
        if (m) {
          const v = m[0];
          const e = s + v.length;
          const colons = v.split(':').length - 1;
          if (colons >= 2 && FULL_RE.test(v) && (v.includes('::') || colons === 7) && /[a-f]/i.test(v) && !isWord(text.charCodeAt(e)) && anyonesIpv6(v, text, e)) {
            emit(out, 'ip_address', s, e);
            next = e;
          }
        }
      }
    }
    i = text.indexOf(':', next);
  }
}
