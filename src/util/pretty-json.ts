// Large JSON exports (the client file, the journal) written a page at a time, as their pages
// come (see pages.ts: the event loop turns between them): one JSON.stringify of 100 000 records
// held the server seconds, and one string of the whole file took as long again to encode.

/**
 * The bytes of JSON.stringify({ ...head, [key]: items }, null, 2), the items given a page at a
 * time. Each item is indented at its line breaks: a raw one is always JSON's own (a string's
 * is escaped), where a /^/m pattern would also break at U+2028, which JSON leaves as it is.
 */
export async function prettyJsonWithList(head: Record<string, unknown>, key: string, pages: AsyncIterable<readonly unknown[]>): Promise<Buffer> {
  const empty = JSON.stringify({ ...head, [key]: [] }, null, 2);
  const parts: Buffer[] = [];
  for await (const page of pages) {
    if (page.length === 0) continue;
    const text = page.map((item) => `    ${JSON.stringify(item, null, 2).replaceAll('\n', '\n    ')}`).join(',\n');
    parts.push(Buffer.from(parts.length > 0 ? `,\n${text}` : text, 'utf8'));
  }
  if (parts.length === 0) return Buffer.from(empty, 'utf8');
  return Buffer.concat([Buffer.from(`${empty.slice(0, -'[]\n}'.length)}[\n`, 'utf8'), ...parts, Buffer.from('\n  ]\n}', 'utf8')]);
}
