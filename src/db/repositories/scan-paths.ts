// Where a scan looked is personal data too: "Patients/Martin Sophie - bilan.docx" names a
// person and says why. Paths, folders and the scanned roots are therefore stored sealed with the
// instance key (like login e-mails: the command line and the register read them without any
// session), bound to the tenant, the column and the row, so that a database dump shows none
// of them and a sealed path cannot be moved to another scan or file unnoticed.
import type { FieldContext } from '../../crypto/field.ts';

/** The instance key's field cipher (`app.keys.cipher`), or anything that seals the same way. */
export interface PathSealer {
  encrypt(ctx: FieldContext, value: string): string;
  decrypt(ctx: FieldContext, stored: string): string;
}

/** Prefix of every sealed value (`FieldCipher`); a clear path, folder or JSON list never starts with it. */
export const SEALED_PREFIX = 'v1:';

export const rootsContext = (tenantId: string, scanId: string): FieldContext => ({ tenantId, table: 'scans', column: 'roots', rowId: scanId });

export const fileContext = (tenantId: string, scanId: string, seq: number, column: 'path' | 'folder'): FieldContext => ({
  tenantId,
  table: 'scan_files',
  column,
  rowId: `${scanId}/${seq}`,
});

export const folderContext = (tenantId: string, scanId: string): FieldContext => ({ tenantId, table: 'scan_folders', column: 'folder', rowId: scanId });
