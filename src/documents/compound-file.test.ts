// The OLE compound-file reader: the streams of well-formed files as `cfb` reads them, and, for
// hostile ones (made by changing a link, as fuzzing found them), an answer in bounded time and
// memory — never the process aborted, as `cfb` did.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import CFB from 'cfb';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { directoryEntry, fatEntry, withDirectoryLoop, withStreamsOverlapping } from '../../test/helpers/compound-files.ts';
import { makeMsg } from '../../test/scan/engine-fixtures.ts';
import { CompoundFileError, findStream, readCompoundFile, rebuildCompoundFile, type CompoundStream } from './compound-file.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../test/scan/fixtures', name));
const doc = fixture('lettre.doc');
const ppt = gunzipSync(fixture('formation.ppt.gz'));
// a message forwarded in a message: « __properties_version1.0 » at three levels
const forwarded = { subject: 'Demande', body: 'Rappeler au 06 12 34 56 78', from: ['Hélène Garnier', 'helene@exemple.fr'] as [string, string], to: [], attachments: { 'rib.csv': strToU8('nom;iban\n') } };
const msg = makeMsg({ subject: 'TR: Demande', body: 'Voir', from: ['Paul Martin', 'paul@exemple.fr'], to: [], attachments: { Demande: forwarded, 'grand.bin': new Uint8Array(10_000).fill(7) } });

const asText = (streams: CompoundStream[]) => Object.fromEntries(streams.map((s) => [s.path, Buffer.from(s.content).toString('hex')]));
/** cfb's reading of a well-formed file, in the same shape. */
function byCfb(data: Uint8Array): Record<string, string> {
  const c = CFB.read(Buffer.from(data), { type: 'buffer' });
  const out: Record<string, string> = {};
  c.FileIndex.forEach((e, i) => {
    if (e.type === 2 && e.name !== '\u0001Sh33tJ5') out[c.FullPaths[i]!.replace(/^[^/]*\//, '')] = Buffer.from((e.content as Uint8Array | undefined) ?? []).toString('hex');
  });
  return out;
}

describe('OLE compound files', () => {
  it('reads every stream of Word, Excel, PowerPoint and Outlook files as cfb does, small (mini stream) and large', () => {
    for (const data of [doc, fixture('clients.xls'), fixture('protege.xls'), ppt, msg]) {
      const streams = readCompoundFile(data);
      const mine = asText(streams.filter((s) => s.path !== '\u0001Sh33tJ5'));
      expect(mine).toEqual(byCfb(data));
    }
    const streams = readCompoundFile(msg);
    expect(findStream(streams, '__attach_version1.0_#00000000/__substg1.0_3701000D/__substg1.0_0037001F')).toEqual(new Uint8Array(Buffer.from('Demande', 'utf16le')));
    expect(findStream(streams, '__attach_version1.0_#00000001/__substg1.0_37010102')).toEqual(new Uint8Array(10_000).fill(7));
    expect(findStream(readCompoundFile(ppt), 'powerpoint document')?.length).toBeGreaterThan(4096);
  });

  it('writes the streams out again as a well-formed file, each at its own path', async () => {
    for (const data of [doc, ppt, msg]) {
      const again = readCompoundFile(await rebuildCompoundFile(readCompoundFile(data)));
      expect(asText(again.filter((s) => s.path !== '\u0001Sh33tJ5'))).toEqual(asText(readCompoundFile(data).filter((s) => s.path !== '\u0001Sh33tJ5')));
    }
  });

  it('walks a directory whose entries point at each other once (cfb aborted the process)', () => {
    const streams = readCompoundFile(withDirectoryLoop(doc));
    expect(streams.map((s) => s.path).sort()).toEqual(Object.keys(byCfb(doc)).sort());
  });

  it('stops a chain of sectors that loops at the sector already read, and a stream at the bytes its chain holds', () => {
    const file = Buffer.from(ppt);
    const entry = directoryEntry(file, 'PowerPoint Document');
    const start = file.readUInt32LE(entry + 0x74);
    const whole = findStream(readCompoundFile(ppt), 'PowerPoint Document')!;
    // its second sector points back at its first
    file.writeUInt32LE(start, fatEntry(file, file.readUInt32LE(fatEntry(file, start))));
    expect(findStream(readCompoundFile(file), 'PowerPoint Document')).toEqual(whole.subarray(0, 1024));
    // and it is said to weigh 4 GB: still what the chain holds
    file.writeUInt32LE(0xfffffff0, entry + 0x78);
    expect(findStream(readCompoundFile(file), 'PowerPoint Document')).toEqual(whole.subarray(0, 1024));
  });

  it('refuses streams that share their sectors beyond twice the file (each would be read in full)', () => {
    expect(() => readCompoundFile(withStreamsOverlapping(ppt))).toThrow(CompoundFileError);
  });

  it('refuses what is not a compound file, or one cut inside its header', () => {
    for (const bad of [Buffer.from('pas un fichier OLE'), doc.subarray(0, 300), Buffer.concat([doc.subarray(0, 0x1e), Buffer.from([10, 0]), doc.subarray(0x20)])]) {
      expect(() => readCompoundFile(bad)).toThrow(CompoundFileError);
    }
  });
});
