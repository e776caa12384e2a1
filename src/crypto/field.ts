// Field-level encryption and blind indexes for personal data stored by tenants.
import { createHmac } from 'node:crypto';
import { open, seal } from './aead.ts';
import { subKey } from './derive.ts';

export interface FieldContext {
  tenantId: string;
  table: string;
  column: string;
  /** Binding the row id stops a ciphertext being moved to another record unnoticed. */
  rowId?: string;
}

const PREFIX = 'v1:';

function associatedData(ctx: FieldContext): string {
  return [ctx.tenantId, ctx.table, ctx.column, ctx.rowId ?? ''].join('\u001f');
}

/**
 * The blind index itself, for callers that hold only the index key (subKey(dataKey,
 * 'blind-index')): the import's sealing workers and the scan workers.
 */
export function blindIndex(indexKey: Uint8Array, ctx: Omit<FieldContext, 'rowId'>, normalisedValue: string): string {
  return createHmac('sha256', indexKey).update(`${ctx.tenantId}\u001f${ctx.table}\u001f${ctx.column}\u001f`).update(normalisedValue, 'utf8').digest('base64url');
}

export class FieldCipher {
  private readonly encKey: Buffer;
  private readonly indexKey: Buffer;

  constructor(dataKey: Uint8Array) {
    this.encKey = subKey(dataKey, 'field-encryption');
    this.indexKey = subKey(dataKey, 'blind-index');
  }

  encrypt(ctx: FieldContext, value: string): string {
    return PREFIX + seal(this.encKey, Buffer.from(value, 'utf8'), associatedData(ctx)).toString('base64');
  }

  decrypt(ctx: FieldContext, stored: string): string {
    const body = stored.startsWith(PREFIX) ? stored.slice(PREFIX.length) : '';
    return open(this.encKey, Buffer.from(body, 'base64'), associatedData(ctx)).toString('utf8');
  }

  encryptNullable(ctx: FieldContext, value: string | null | undefined): string | null {
    return value === null || value === undefined || value === '' ? null : this.encrypt(ctx, value);
  }

  decryptNullable(ctx: FieldContext, stored: string | null): string | null {
    return stored === null ? null : this.decrypt(ctx, stored);
  }

  /**
   * Deterministic HMAC of an already-normalised value, scoped to tenant/table/column so
   * equal values in two columns or tenants do not produce linkable indexes.
   */
  blindIndex(ctx: Omit<FieldContext, 'rowId'>, normalisedValue: string): string {
    return blindIndex(this.indexKey, ctx, normalisedValue);
  }
}
