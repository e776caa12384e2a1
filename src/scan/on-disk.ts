// What to open for a walked file: the bytes of its path when its name is not valid UTF-8
// (see walk.ts), its path otherwise. The bytes cross to a worker as a Uint8Array.
import { Buffer } from 'node:buffer';

export function onDisk(e: { path: string; fsPath?: Uint8Array }): string | Buffer {
  return e.fsPath ? Buffer.from(e.fsPath.buffer, e.fsPath.byteOffset, e.fsPath.byteLength) : e.path;
}
