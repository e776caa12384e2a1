// Reports never hold a raw value: at most the first and the last character survive.
const DOT = '•';
// Runs of dots by length, built once: masking happens tens of thousands of times per block.
const DOTS: string[] = Array.from({ length: 64 }, (_, k) => DOT.repeat(k));
const dots = (k: number) => (k < 64 ? DOTS[k]! : DOT.repeat(k));

export function mask(value: string): string {
  return maskRange(value, 0, value.length);
}

// Masks already built, by length and first/last (Latin-1) characters: a CSV block repeats the same
// few thousand masks tens of thousands of times, and building each one was a third of the
// detectors' allocations. Bounded: cleared when full.
const CACHE = new Map<number, string>();
const CACHE_MAX = 1 << 16;

/** A kept end, unless it is half of a character (a surrogate): then a dot too. */
const kept = (text: string, i: number): string => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdfff ? DOT : text[i]!;
};

/**
 * mask(text.slice(start, end)) without slicing. A mask never holds a surrogate: its bytes cross
 * to the main thread in UTF-8 (packed-findings.ts), where half a character has no writing.
 */
export function maskRange(text: string, start: number, end: number): string {
  const n = end - start;
  if (n <= 2) return dots(n);
  if (n <= 4) return kept(text, start) + dots(n - 1);
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  if (n >= 64 || first > 0xff || last > 0xff) return kept(text, start) + dots(n - 2) + kept(text, end - 1);
  const key = (n << 16) | (first << 8) | last;
  let masked = CACHE.get(key);
  if (masked === undefined) {
    if (CACHE.size >= CACHE_MAX) CACHE.clear();
    masked = text[start] + dots(n - 2) + text[end - 1];
    CACHE.set(key, masked);
  }
  return masked;
}
