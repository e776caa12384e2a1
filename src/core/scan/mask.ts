// Reports never hold a raw value: at most the first and the last character survive.
const DOT = '•';
// Runs of dots by length, built once: masking happens tens of thousands of times per block.
const DOTS: string[] = Array.from({ length: 64 }, (_, k) => DOT.repeat(k));
const dots = (k: number) => (k < 64 ? DOTS[k]! : DOT.repeat(k));

export function mask(value: string): string {
  return maskRange(value, 0, value.length);
}

/** mask(text.slice(start, end)) without slicing. */
export function maskRange(text: string, start: number, end: number): string {
  const n = end - start;
  if (n <= 2) return dots(n);
  if (n <= 4) return text[start] + dots(n - 1);
  return text[start] + dots(n - 2) + text[end - 1];
}
