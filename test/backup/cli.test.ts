// `rempart backup …` as an operator runs it: run to a folder, list, verify, key, restore with
// the printed recovery key after the data folder is "lost"; French errors and exit codes.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instance, tempDir, type Instance } from './support.ts';

const run = promisify(execFile);
let inst: Instance;
const work = tempDir('cli');

async function rempart(args: string[], dataDir = inst.t.dataDir) {
  try {
    const r = await run(process.execPath, ['bin/rempart.js', 'backup', ...args], { env: { ...process.env, REMPART_DATA: dataDir, DATABASE_URL: '' } });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  inst = await instance('sqlite');
});
afterAll(async () => {
  await inst.t.cleanup();
  work.remove();
});

// Each call starts a process through tsx: slow on a busy machine, hence the longer timeouts.
describe('rempart backup (CLI)', { timeout: 120_000 }, () => {
  const disk = () => join(work.path, 'disque');

  it('creates the recovery key once, backs up, lists and verifies', async () => {
    const key = await rempart(['key', '--secours']);
    expect(key.code).toBe(0);
    expect(key.stderr).toMatch(/plus jamais affichée/);
    // stdout is an age identity file: the age CLI itself reads it (checked below).
    expect(key.stdout).toMatch(/^# Rempart[^\n]*\n(#[^\n]*\n)*AGE-SECRET-KEY-1[0-9A-Z]+\n$/);
    writeFileSync(join(work.path, 'papier.txt'), key.stdout);

    const { mkdirSync } = await import('node:fs');
    mkdirSync(disk());
    const ok = await rempart(['run', '--vers', disk()]);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/✓ dossier .* envoyé/);
    expect(ok.stdout).toMatch(/Vérification réussie/);

    const list = await rempart(['list', '--vers', disk(), '--details']);
    expect(list.stdout).toMatch(/1 génération\(s\)\n {2}\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z-[0-9a-f]{16} {2}\d+ fichier\(s\)/);
    const gen = readdirSync(join(disk(), 'generations'))[0]!;
    const manifest = await run('age', ['-d', '-i', join(work.path, 'papier.txt'), join(disk(), 'generations', gen)]);
    expect(JSON.parse(manifest.stdout)).toMatchObject({ application: 'rempart', format: 1 });
    const verify = await rempart(['verify', '--vers', disk()]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/^✓ Vérification réussie/);
  });

  it('restores with the paper key alone after the data folder is lost', async () => {
    const lost = join(work.path, 'perdu'); // no instance there: nothing may be created
    const noKey = await rempart(['restore', 'derniere', '--vers', join(work.path, 'neuf')], lost);
    expect(noKey.code).toBe(1);
    expect(noKey.stderr).toMatch(/indiquez votre clé de secours imprimée avec --cle/);

    const args = ['restore', 'derniere', '--vers', join(work.path, 'neuf'), '--depuis', disk(), '--cle', join(work.path, 'papier.txt')];
    const dry = await rempart([...args, '--essai'], lost);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/Essai \(rien n’est écrit\)/);
    expect(dry.stdout).toMatch(/base .* rempart\.sqlite/);
    expect(existsSync(join(work.path, 'neuf'))).toBe(false);

    const done = await rempart(args, lost);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toMatch(/Restauration terminée/);
    expect(readdirSync(join(work.path, 'neuf')).sort()).toEqual(['cle-sauvegarde.json', 'documents', 'rempart.key', 'rempart.sqlite']);
    expect(existsSync(lost)).toBe(false);

    const again = await rempart(args, lost);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/n’est pas vide : rien n’a été écrasé/);

    const client = await rempart(['restore', 'derniere', '--vers', join(work.path, 'client'), '--depuis', disk(), '--cle', join(work.path, 'papier.txt'), '--client', inst.clientId], lost);
    expect(client.code, client.stderr).toBe(0);
    expect(readdirSync(join(work.path, 'client', 'documents', inst.tenantId))).toHaveLength(2);
  });

  it('flags a corrupted chunk with exit code 1', async () => {
    const chunks = join(disk(), 'chunks');
    const f = join(chunks, readdirSync(chunks)[0]!);
    const b = readFileSync(f);
    b[b.length - 1]! ^= 0xff;
    writeFileSync(f, b);
    const v = await rempart(['verify', '--vers', disk()]);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/✗ Vérification ÉCHOUÉE/);
    expect(v.stdout).toMatch(/chunks\/[0-9a-f]{64} : corrompu/);
  });
});
