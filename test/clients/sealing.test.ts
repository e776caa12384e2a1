// The fast sealing paths of imports against the reference FieldCipher, and the worker threads.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FieldCipher } from '../../src/crypto/field.ts';
import { makeClientInputSchema } from '../../src/core/clients/types.ts';
import { BulkFieldCipher } from '../../src/clients/bulk-cipher.ts';
import { timeOrderedId } from '../../src/clients/ids.ts';
import { SEAL_CHUNK, sealChunks, type Sealed } from '../../src/clients/import/seal-pool.ts';
import { ClientVault } from '../../src/clients/vault.ts';
import { clientBody } from './support.ts';

const key = randomBytes(32);
const tenantId = randomUUID();

describe('BulkFieldCipher', () => {
  it('writes exactly what FieldCipher reads, with fresh IVs, and the same blind indexes', () => {
    const bulk = new BulkFieldCipher(key);
    const reference = new FieldCipher(key);
    const ctx = { tenantId, table: 'clients', column: 'nom_enc', rowId: randomUUID() };
    const seen = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const sealed = bulk.encrypt(ctx, `Dupont ${i} é`);
      const iv = Buffer.from(sealed.slice(3), 'base64').subarray(1, 13).toString('hex');
      expect(seen.has(iv)).toBe(false);
      seen.add(iv);
      if (i % 1000 === 0) expect(reference.decrypt(ctx, sealed)).toBe(`Dupont ${i} é`);
    }
    expect(reference.decrypt(ctx, bulk.encrypt(ctx, 'x'))).toBe('x');
    expect(() => reference.decrypt({ ...ctx, rowId: randomUUID() }, bulk.encrypt(ctx, 'x'))).toThrow();
    expect(bulk.encryptNullable(ctx, '')).toBeNull();
    const index = { tenantId, table: 'client_index', column: 'email' };
    expect(bulk.blindIndex(index, 'jean@exemple.fr')).toBe(reference.blindIndex(index, 'jean@exemple.fr'));
  });

  it('makes time-ordered v7 UUIDs', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => timeOrderedId(1_700_000_000_000 + i));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 20)) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

async function collect(gen: AsyncGenerator<Sealed[]>) {
  const chunks: Sealed[][] = [];
  for await (const chunk of gen) chunks.push(chunk);
  return chunks;
}

describe('sealChunks', () => {
  afterEach(() => vi.restoreAllMocks());
  const schema = makeClientInputSchema(new Date());
  const items = Array.from({ length: 2500 }, (_, i) => ({
    id: timeOrderedId(1_700_000_000_000 + i),
    at: new Date(1_700_000_000_000 + i).toISOString(),
    client: schema.parse(clientBody({ nom: `Nom${i}`, emails: [`n${i}@exemple.fr`] })),
  }));

  it('seals on worker threads, in order, the same records as the main thread would', async () => {
    const warn = vi.spyOn(console, 'warn');
    const vault = new ClientVault(tenantId, key);
    const chunks = await collect(sealChunks(vault, key, items, { minForWorkers: 1 }));
    expect(warn).not.toHaveBeenCalled();
    expect(chunks.map((c) => c.length)).toEqual([SEAL_CHUNK, SEAL_CHUNK, 500]);
    const sealed = chunks.flat();
    expect(sealed.map((s) => s.row.id)).toEqual(items.map((i) => i.id));
    const local = (await collect(sealChunks(vault, key, items.slice(0, 3)))).flat();
    for (const [i, s] of sealed.entries()) {
      if (i % 250 !== 0 && i !== sealed.length - 1) continue;
      expect(vault.open(s.row)).toMatchObject({ ...items[i]!.client, id: items[i]!.id, createdAt: items[i]!.at });
      expect(s.indexes).toEqual(vault.indexes(items[i]!.client));
    }
    expect(local[2]!.indexes).toEqual(sealed[2]!.indexes);
  }, 60_000);

  it('stops its workers when the consumer stops early', async () => {
    const vault = new ClientVault(tenantId, key);
    const gen = sealChunks(vault, key, items, { minForWorkers: 1 });
    const first = await gen.next();
    expect(first.value).toHaveLength(SEAL_CHUNK);
    await gen.return(undefined);
    expect((await gen.next()).done).toBe(true);
  }, 60_000);
});
