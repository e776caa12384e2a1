// SheetJS runs in the server's main thread for the client import: its diagnostics must not reach
// the server's output, where one crafted .xls printed a line per record.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rebuildCompoundFile } from './compound-file.ts';
import { readLegacyWorkbook } from './sheetjs.ts';

afterEach(() => vi.restoreAllMocks());

describe('SheetJS', () => {
  it('keeps its « Missing Info for XLS Record » lines off the console, and gives the console back', async () => {
    // a workbook stream: BOF (BIFF8 globals), 100 000 records of an unknown type, EOF
    const bof = Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, 0xbb, 0x0d, 0xcc, 0x07, 0, 0, 0, 0, 0x06, 0x03, 0, 0]);
    const unknown = Buffer.alloc(4 * 100_000);
    for (let i = 0; i < 100_000; i++) unknown.writeUInt16LE(0xffe0, i * 4);
    const xls = await rebuildCompoundFile([{ path: 'Workbook', content: Buffer.concat([bof, unknown, Buffer.from([0x0a, 0, 0, 0])]) }]);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await readLegacyWorkbook(xls, {});
    expect(error).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
    console.error('après');
    expect(error).toHaveBeenCalledWith('après');
  });
});
