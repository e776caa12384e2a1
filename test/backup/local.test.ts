// The local-folder destination: atomic writes, leftovers of an interrupted write invisible and
// swept, French errors.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalDestination } from '../../src/backup/destinations/local.ts';
import { destinationError } from '../../src/backup/errors.ts';
import { readAll } from '../../src/backup/objects.ts';
import { tempDir } from './support.ts';
import { canDropBypass, isRoot, withoutBypass } from '../helpers/without-root-bypass.ts';

const dir = tempDir('local');

/** The destination's test() run without root's bypass of file modes (test/helpers/without-root-bypass.ts): its error message. */
function testWithoutPermissionBypass(folder: string): string {
  const script = `const { LocalDestination } = await import('./src/backup/destinations/local.ts');
try { await new LocalDestination(process.argv[1]).test(); console.log('accepté'); } catch (e) { console.log(e.message); }`;
  const [cmd, args] = withoutBypass(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, folder]);
  return execFileSync(cmd, args, { encoding: 'utf8' }).trim();
}
afterAll(() => dir.remove());

describe('local destination', () => {
  it('puts, gets, lists and deletes objects; leftovers of a crash are invisible, then swept', async () => {
    const d = new LocalDestination(dir.path);
    await d.test();
    await d.put('chunks/aa', Buffer.from('un'));
    await d.put('generations/g.age', Readable.from([Buffer.from('deux')]));
    // What a crash mid-write leaves: a temporary file next to the final name.
    mkdirSync(join(dir.path, 'generations'), { recursive: true });
    writeFileSync(join(dir.path, 'generations', '.tmp-abc123'), 'à moitié');
    expect(await d.list('')).toEqual([
      { key: 'chunks/aa', size: 2 },
      { key: 'generations/g.age', size: 4 },
    ]);
    expect(await d.list('generations/')).toEqual([{ key: 'generations/g.age', size: 4 }]);
    expect((await readAll(await d.get('chunks/aa'))).toString()).toBe('un');
    expect(await d.exists('chunks/aa')).toBe(true);
    await d.delete('chunks/aa');
    expect(await d.exists('chunks/aa')).toBe(false);
    // (a lock being written by another run or a reader, its temporary file not yet renamed, is left alone)
    mkdirSync(join(dir.path, 'locks'), { recursive: true });
    writeFileSync(join(dir.path, 'locks', '.tmp-autre-execution'), '{}');
    expect(await d.sweep()).toBe(1);
    expect(readdirSync(join(dir.path, 'generations'))).toEqual(['g.age']);
    expect(readdirSync(join(dir.path, 'locks'))).toEqual(['.tmp-autre-execution']);
    await expect(d.put('../evasion', Buffer.from('x'))).rejects.toThrow(/invalide/);
  });

  it('puts pieces « flush later » visibly at once, fsyncs them in the background, and flush() waits for them without leaking a file handle', async () => {
    const d = new LocalDestination(dir.path);
    const fds = () => readdirSync('/proc/self/fd').length;
    const before = fds();
    await d.put('chunks/plus-tard-1', Buffer.from('un'), 2, { flushLater: true });
    expect((await readAll(await d.get('chunks/plus-tard-1'))).toString()).toBe('un');
    // More pieces than the backlog of unsynced ones: put() waits for fsyncs instead of opening more files.
    const bodies = Array.from({ length: 40 }, (_, i) => Buffer.alloc(100_000 + i, i));
    let peak = 0;
    await Promise.all(
      bodies.map(async (b, i) => {
        await d.put(`chunks/lot-${i}`, b, b.length, { flushLater: true });
        peak = Math.max(peak, fds() - before);
      }),
    );
    expect(peak).toBeGreaterThan(1);
    expect(peak).toBeLessThanOrEqual(16); // files being written or awaiting their fsync stay bounded
    await expect(d.flush()).resolves.toBeUndefined();
    expect(fds()).toBe(before);
    for (const [i, b] of bodies.entries()) expect((await readAll(await d.get(`chunks/lot-${i}`))).equals(b)).toBe(true);
    // A piece deleted before its fsync is no error here: the verification after the run reports it missing.
    await d.put('chunks/plus-tard-3', Buffer.from('trois'), 5, { flushLater: true });
    await d.delete('chunks/plus-tard-3');
    await expect(d.flush()).resolves.toBeUndefined();
    await expect(d.flush()).resolves.toBeUndefined(); // nothing left to flush
    expect(fds()).toBe(before);
  });

  it('lists while another process removes objects: those gone are left out, and the folder is not called missing', async () => {
    mkdirSync(join(dir.path, 'va-et-vient'));
    const d = new LocalDestination(join(dir.path, 'va-et-vient'));
    const keys = Array.from({ length: 300 }, (_, i) => `locks/${String(i).padStart(3, '0')}.json`);
    for (const k of keys) await d.put(k, Buffer.from('{}'));
    // removed while list() walks: between its readdir and its stat of some of them
    const [listed] = await Promise.all([d.list('locks/'), Promise.all(keys.map((k) => d.delete(k)))]);
    for (const o of listed) expect(keys).toContain(o.key);
    expect(await d.list('locks/')).toEqual([]);
  });

  it('explains full, read-only and missing destinations in French', async (ctx) => {
    const e = (code: string) => destinationError(Object.assign(new Error('x'), { code }), 'disque USB').message;
    expect(e('ENOSPC')).toBe('Destination pleine : plus de place sur disque USB. Libérez de l’espace ou choisissez un autre support.');
    expect(e('EROFS')).toMatch(/^Accès refusé en écriture sur disque USB/);
    expect(e('ENOENT')).toMatch(/Le disque est-il branché/);
    expect(e('ECONNREFUSED')).toBe('Destination injoignable : disque USB.');
    const ro = join(dir.path, 'lecture-seule');
    mkdirSync(ro);
    chmodSync(ro, 0o500);
    if (!isRoot) await expect(new LocalDestination(ro).test()).rejects.toThrow(/Accès refusé/);
    else if (canDropBypass) expect(testWithoutPermissionBypass(ro)).toMatch(/^Accès refusé en écriture sur dossier .*lecture-seule/);
    else ctx.annotate('setpriv cannot drop root’s bypass of file modes here: the read-only refusal is not checked');
  });
});
