// Worker thread: does the heavy work on each piece of a backup so the main thread only reads
// and writes files. Two steps per piece, the piece staying here in between:
//   hash → the SHA-256 of the plaintext and the piece's name (keyed hash), sent to the main
//          thread, which decides whether any destination lacks it;
//   seal → the age payload (STREAM, ChaCha20-Poly1305 per 64 KiB) behind a header made by the
//          main thread; or drop, when every destination has it.
// The plaintext's buffer goes back to the main thread to be read into again.
// Plain JS with node:crypto only, so it loads the same from tsx, vitest and a bundle.
import { parentPort, workerData } from 'node:worker_threads';
import { createCipheriv, createHash, createHmac } from 'node:crypto';

const CHUNK = 64 * 1024;
const TAG = 16;
const nameKey = Buffer.from(workerData.nameKey);
/** Pieces hashed and waiting for the main thread's decision. */
const waiting = new Map();
/** Output buffers given back by the main thread once written: fresh 4 MiB buffers cost page faults. */
const spare = [];

function seal(src, header, key) {
  const chunks = Math.max(1, Math.ceil(src.length / CHUNK));
  const size = header.byteLength + src.length + chunks * TAG;
  const reuse = spare.pop();
  const out = reuse && reuse.byteLength >= size ? Buffer.from(reuse, 0, size) : Buffer.allocUnsafeSlow(Math.max(size, workerData.outputSize));
  const head = Buffer.from(header.buffer, header.byteOffset, header.byteLength);
  head.copy(out, 0);
  let pos = header.byteLength;
  const nonce = Buffer.alloc(12);
  const k = Buffer.from(key);
  for (let i = 0; i < chunks; i++) {
    nonce.writeUIntBE(i, 5, 6);
    nonce[11] = i === chunks - 1 ? 1 : 0;
    const c = createCipheriv('chacha20-poly1305', k, nonce, { authTagLength: TAG });
    const body = c.update(src.subarray(i * CHUNK, (i + 1) * CHUNK));
    c.final();
    const tag = c.getAuthTag();
    pos += body.copy(out, pos);
    pos += tag.copy(out, pos);
  }
  return out.subarray(0, size);
}

parentPort.on('message', (m) => {
  if (m.op === 'spare') {
    if (spare.length < 8) spare.push(m.buffer);
    return;
  }
  try {
    if (m.op === 'hash') {
      const src = Buffer.from(m.plain.buffer, m.plain.byteOffset, m.plain.byteLength);
      const sha = createHash('sha256').update(src).digest('hex');
      const name = createHmac('sha256', nameKey).update(sha).digest('hex');
      waiting.set(m.id, src);
      parentPort.postMessage({ id: m.id, sha, name });
      return;
    }
    const src = waiting.get(m.id);
    waiting.delete(m.id);
    if (!src) throw new Error(`morceau ${m.id} inconnu`);
    const back = src.buffer.byteLength > 64 * 1024 ? [src.buffer] : [];
    if (m.op === 'drop') {
      parentPort.postMessage({ id: m.id, plain: src.buffer }, back);
      return;
    }
    const out = seal(src, m.header, m.key);
    parentPort.postMessage({ id: m.id, cipher: out, plain: src.buffer }, [out.buffer, ...back]);
  } catch (err) {
    parentPort.postMessage({ id: m.id, error: String(err) });
  }
});
