// Long work in the server's one thread, a page at a time with the event loop turning between
// pages, so that other requests (of every tenant) are served meanwhile: the client file's
// exports, the journal's check and exports, the retention preview and daily check.
import { setImmediate as yieldToLoop } from 'node:timers/promises';

/** An array's slices of `size`, the event loop turning between two. */
export async function* slicesOf<T>(items: readonly T[], size: number): AsyncGenerator<readonly T[]> {
  for (let i = 0; i < items.length; i += size) {
    if (i > 0) await yieldToLoop();
    yield items.slice(i, i + size);
  }
}

/**
 * Rows read by keyset pages of `size`: `fetch` gets the cursor of the previous page's last row
 * (none for the first), and the event loop turns between two pages. Ends at a short page.
 */
export async function* pagesOf<T, C>(size: number, fetch: (after: C | undefined) => Promise<T[]>, cursorOf: (last: T) => C): AsyncGenerator<T[]> {
  for (let after: C | undefined; ; ) {
    const page = await fetch(after);
    if (page.length > 0) yield page;
    if (page.length < size) return;
    after = cursorOf(page.at(-1)!);
    await yieldToLoop();
  }
}
