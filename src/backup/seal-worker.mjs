// Worker thread: seals one chunk's payload (age STREAM, ChaCha20-Poly1305 per 64 KiB) behind a
// header made by the main thread, and hashes the result. Plain JS with node:crypto only, so it
// loads the same from tsx, vitest and a bundle.
import { parentPort } from 'node:worker_threads';
import { createCipheriv, createHash } from 'node:crypto';

const CHUNK = 64 * 1024;
const TAG = 16;

parentPort.on('message', ({ id, header, key, plain }) => {
  try {
    const src = Buffer.from(plain.buffer, plain.byteOffset, plain.byteLength);
    const chunks = Math.max(1, Math.ceil(src.length / CHUNK));
    const out = Buffer.allocUnsafe(header.byteLength + src.length + chunks * TAG);
    const head = Buffer.from(header.buffer, header.byteOffset, header.byteLength);
    head.copy(out, 0);
    // Hash each piece while it is still in the CPU cache rather than the whole object afterwards.
    const hash = createHash('sha256').update(head);
    let pos = header.byteLength;
    const nonce = Buffer.alloc(12);
    for (let i = 0; i < chunks; i++) {
      nonce.writeUIntBE(i, 5, 6);
      nonce[11] = i === chunks - 1 ? 1 : 0;
      const c = createCipheriv('chacha20-poly1305', Buffer.from(key), nonce, { authTagLength: TAG });
      const body = c.update(src.subarray(i * CHUNK, (i + 1) * CHUNK));
      c.final();
      const tag = c.getAuthTag();
      hash.update(body).update(tag);
      pos += body.copy(out, pos);
      pos += tag.copy(out, pos);
    }
    const sha = hash.digest('hex');
    parentPort.postMessage({ id, cipher: out, sha }, [out.buffer]);
  } catch (err) {
    parentPort.postMessage({ id, error: String(err) });
  }
});
