import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { knownChunks, planUploads, unreferencedChunks } from './dedup.ts';
import { parseManifest, serialiseManifest, type Manifest } from './manifest.ts';
import { clientDocumentPaths, formatBytes, restorePlan } from './restore-plan.ts';

const h = (c: string) => c.repeat(64);
const chunk = (c: string, size = 10) => ({ name: h(c), size, sha256: h('f'), cipherSize: size + 200, cipherSha256: h('e') });

function manifest(files: Manifest['files']): Manifest {
  return { format: 1, application: 'rempart', id: '0123456789abcdef', createdAt: '2026-12-01T01:00:00.000Z', instance: { dialect: 'sqlite', databaseFormat: 'sqlite', tenants: 1, rempartVersion: '0.1.0' }, files };
}

const T = '11111111-1111-1111-1111-111111111111';
const D = '22222222-2222-2222-2222-222222222222';
const m1 = manifest([
  { path: 'rempart.sqlite', role: 'database', size: 20, mode: 0o600, sha256: h('1'), chunks: [chunk('a'), chunk('b')] },
  { path: `documents/${T}/${D}.age`, role: 'file', size: 10, mode: 0o600, sha256: h('2'), chunks: [chunk('c')] },
]);

describe('manifest', () => {
  it('round-trips and refuses damaged or foreign content in French', () => {
    expect(parseManifest(serialiseManifest(m1))).toEqual(m1);
    expect(() => parseManifest('{"format":1')).toThrow(/illisible/);
    expect(() => parseManifest(JSON.stringify({ ...m1, format: 2 }))).toThrow(DomainError);
    expect(() => parseManifest(JSON.stringify({ ...m1, format: 2 }))).toThrow(/format inconnu/);
  });

  it('refuses paths that would escape the restore folder', () => {
    for (const path of ['../etc/passwd', '/etc/passwd', 'a/../../b', 'a//b', 'a\\b']) {
      const bad = manifest([{ ...m1.files[0]!, path }]);
      expect(() => parseManifest(JSON.stringify(bad)), path).toThrow(/invalide/);
    }
  });
});

describe('deduplication', () => {
  it('knows only chunks both listed and described by a readable manifest', () => {
    const known = knownChunks([`chunks/${h('a')}`, `chunks/${h('c')}`, `chunks/${h('z')}`, 'generations/x.age'], [m1]);
    expect([...known.keys()].sort()).toEqual([h('a'), h('c')]);
  });

  it('plans each missing chunk once', () => {
    const known = new Map([[h('a'), 1]]);
    expect(planUploads([h('a'), h('b'), h('b'), h('c')], known)).toEqual({ upload: [h('b'), h('c')], reuse: [h('a')] });
  });

  it('lists unreferenced chunks, and none when a kept manifest is unreadable', () => {
    const listed = [`chunks/${h('a')}`, `chunks/${h('b')}`, `chunks/${h('c')}`, `chunks/${h('d')}`];
    expect(unreferencedChunks(listed, [m1])).toEqual([`chunks/${h('d')}`]);
    expect(unreferencedChunks(listed, [m1, null])).toBeNull();
  });
});

describe('restore plan', () => {
  it('lists everything, or one client’s documents', () => {
    const all = restorePlan(m1);
    expect(all.bytes).toBe(30);
    expect(all.lines.at(-1)).toBe('2 fichier(s), 30 o au total.');
    const one = restorePlan(m1, clientDocumentPaths(T, [D]));
    expect(one.files.map((f) => f.path)).toEqual([`documents/${T}/${D}.age`]);
    expect(formatBytes(1536)).toBe('1,5 Ko');
    expect(formatBytes(1024 * 1024 * 1024 * 3)).toBe('3,0 Go');
  });
});
