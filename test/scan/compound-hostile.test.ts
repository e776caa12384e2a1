// Word, Excel, PowerPoint and Outlook files whose directory loops (one link changed, as fuzzing
// found): `cfb` aborted the whole process on them — `rempart scan`, or the web server running a
// scan. They are run through the command line, in a process of their own, so that a regression
// fails this test instead of taking the test runner down.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { withDirectoryLoop } from '../helpers/compound-files.ts';
import { tempFolder } from '../helpers/temp-folder.ts';
import { makeMsg } from './engine-fixtures.ts';

const run = promisify(execFile);
const { dir } = tempFolder('rempart-ole-');
const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name));

describe('OLE compound files whose directory loops', () => {
  it('are read (or reported) and the scan goes on, in the command line', { timeout: 120_000 }, async () => {
    const msg = makeMsg({ subject: 'Devis', body: 'Écrire à claire.bernard@exemple.fr', from: ['Paul Martin', 'paul@exemple.fr'], to: [], attachments: { 'rib.csv': strToU8('nom;iban\nBernard;FR76 3000 6000 0112 3456 7890 189\n') } });
    const files = { 'lettre.doc': fixture('lettre.doc'), 'clients.xls': fixture('clients.xls'), 'formation.ppt': gunzipSync(fixture('formation.ppt.gz')), 'devis.msg': msg };
    for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), withDirectoryLoop(data));
    writeFileSync(join(dir, 'notes.txt'), 'Rappeler jeanne.martin@exemple.fr\n');
    const { stdout } = await run(process.execPath, ['bin/rempart.js', 'scan', dir, '--format', 'jsonl'], { maxBuffer: 16 * 1024 * 1024 });
    const found = stdout.trim().split('\n').map((l) => JSON.parse(l) as { path: string; type: string; locator?: string });
    const types = (name: string) => [...new Set(found.filter((f) => f.path === join(dir, name)).map((f) => f.type))].sort();
    // every stream is reached once: each file is read as if its directory were whole
    expect(types('lettre.doc')).toEqual(expect.arrayContaining(['email', 'person_name']));
    expect(types('clients.xls')).toEqual(expect.arrayContaining(['email', 'phone']));
    expect(types('formation.ppt').length).toBeGreaterThan(0);
    expect(types('devis.msg')).toEqual(['email', 'iban', 'person_name']);
    expect(types('notes.txt')).toEqual(['email']);
  });
});
