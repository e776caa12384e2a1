// Reading an import file on a worker thread: the same sheet as in the main thread, the same
// refusals, a clear one when the file needs more memory than the reader may take, and the
// main thread free meanwhile. Real worker threads, real ExcelJS and SheetJS files.
import { randomBytes, randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DomainError } from '../../src/core/errors.ts';
import { readSheet } from '../../src/clients/import/read-file.ts';
import { readers, READERS_MAX, readSheetOffThread } from '../../src/clients/import/read-off-thread.ts';
import { planImport } from '../../src/clients/import/plan.ts';
import { ClientVault } from '../../src/clients/vault.ts';
import { createTestApp } from '../helpers/app.ts';
import { ticksDuring } from '../helpers/event-loop.ts';

const OFF_THREAD = { inline: { csv: 0, workbook: 0 }, chunk: 7 };

function csv(rows: number): Buffer {
  const lines = ['Nom;Prénom;E-mail;Téléphone'];
  for (let i = 0; i < rows; i++) lines.push(`Lefèvre${i};Anaïs;anais${i}@exemple.fr;06 12 34 ${String(i % 100).padStart(2, '0')} 78`);
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}

async function xlsx(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Mes clients');
  ws.addRow(['Nom', 'Prénom', 'E-mail', 'Date de création']);
  for (let i = 0; i < rows; i++) ws.addRow([`Lefèvre${i}`, 'Anaïs', `anais${i}@exemple.fr`, new Date(Date.UTC(2022, 4, 17))]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function xls(): Buffer {
  const book = XLSX.utils.book_new();
  const rows = [['Nom', 'Prénom', 'Portable'], ['Lefèvre', 'Anaïs', 612345678], [], ['Marchand', 'Yves', '04 74 00 00 01']];
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Clients');
  return XLSX.write(book, { bookType: 'biff8', type: 'buffer' }) as Buffer;
}

async function refusal(read: Promise<unknown>): Promise<DomainError> {
  const err = await read.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(DomainError);
  return err as DomainError;
}

afterEach(() => vi.restoreAllMocks());

describe('readSheetOffThread', () => {
  it('gives the sheet the main thread reads, a few rows at a time (CSV, .xlsx, .xls)', async () => {
    for (const bytes of [csv(40), await xlsx(40), xls()]) {
      const expected = await readSheet(bytes);
      const sheet = await readSheetOffThread(bytes, OFF_THREAD);
      expect(sheet).toEqual(expected);
      expect(sheet.rows.length).toBeGreaterThan(1);
      // the caller's bytes are copied for the worker, not taken from it (nor Node's buffer pool)
      expect(await readSheet(bytes)).toEqual(expected);
    }
  });

  it('returns the refusals of the reader as they are, in French', async () => {
    const unclosed = Buffer.from('Nom;Prénom\r\nLefèvre;"Anaïs\r\nMarchand;Yves\r\n');
    const inThread = await refusal(readSheet(unclosed));
    const offThread = await refusal(readSheetOffThread(unclosed, OFF_THREAD));
    expect({ kind: offThread.kind, code: offThread.code, message: offThread.message }).toEqual({ kind: 'invalid', code: 'CSV_MALFORME', message: inThread.message });
    expect((await refusal(readSheetOffThread(Buffer.from(';;\r\n \r\n'), OFF_THREAD))).code).toBe('FICHIER_VIDE');
  });

  it('refuses a file that needs more memory than the reader may take, and the process goes on', async () => {
    // the reader starts in less than 16 MB of heap; these 20 000 rows take more than 48 MB
    const bytes = await xlsx(20_000);
    const err = await refusal(readSheetOffThread(bytes, { ...OFF_THREAD, heapMb: 24 }));
    expect(err.code).toBe('CLASSEUR_TROP_LOURD');
    expect(err.message).toMatch(/trop lourd à lire en une fois.*exportez-le en CSV/);
    expect((await readSheetOffThread(bytes, OFF_THREAD)).rows).toHaveLength(20_000);
  });

  it('keeps the event loop turning while a large file is read', async () => {
    const bytes = csv(100_000);
    // csv-parse reads synchronously: in this thread the timer cannot fire before the end
    expect(await ticksDuring(() => readSheet(bytes))).toBe(0);
    expect(await ticksDuring(() => readSheetOffThread(bytes))).toBeGreaterThanOrEqual(3);
  });

  it('reads at most two files at once; the others wait their turn', async () => {
    const files = [csv(30), csv(31), csv(32), csv(33)];
    readers.peak = 0;
    const sheets = await Promise.all(files.map((bytes) => readSheetOffThread(bytes, OFF_THREAD)));
    expect(sheets.map((s) => s.rows.length)).toEqual([30, 31, 32, 33]);
    expect(READERS_MAX).toBe(2);
    expect(readers.peak).toBe(2);
    expect(readers.running).toBe(0);
  });

  it('reads in the calling thread when the worker cannot start', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bytes = csv(40);
    const sheet = await readSheetOffThread(bytes, { ...OFF_THREAD, entry: new URL('./absent-worker.ts', import.meta.url) });
    expect(sheet).toEqual(await readSheet(bytes));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^Import : lecture du fichier sur le fil principal/));
  });
});

describe('planImport', () => {
  it('checks a large file in slices, with the event loop turning between them', async () => {
    const t = await createTestApp('sqlite');
    try {
      const sheet = await readSheet(csv(20_000));
      const vault = new ClientVault(randomUUID(), randomBytes(32));
      let valid = 0;
      expect(await ticksDuring(async () => (valid = (await planImport(t.app, vault, sheet, {})).valid.length))).toBeGreaterThanOrEqual(3);
      expect(valid).toBe(20_000);
    } finally {
      await t.cleanup();
    }
  });
});
