// Client ids are UUIDs version 7 (RFC 9562): 48 bits of milliseconds, then 74 random bits.
// Records written in time order then append to the end of every index on their id instead
// of landing at random places: with 100 000 imported clients and a dozen blind-index rows
// each, that is what keeps an import within seconds. The creation time they reveal is
// already in clear in created_at.
import { randomBytes } from 'node:crypto';

const POOL = 16 * 1024;
let pool = Buffer.alloc(0);
let offset = 0;

export function timeOrderedId(ms: number): string {
  if (offset + 16 > pool.length) {
    pool = randomBytes(POOL);
    offset = 0;
  }
  const b = Buffer.from(pool.subarray(offset, offset + 16));
  offset += 16;
  b.writeUIntBE(Math.max(0, Math.floor(ms)), 0, 6);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
