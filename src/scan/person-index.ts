// Blind indexes of the e-mails and phones a scan finds, so that an access request can list the
// files holding a person's contact details without any raw value leaving the worker. The
// HMAC is exactly the client file's (src/clients/vault.ts hash(), src/crypto/field.ts
// blindIndex): same key (subKey(dataKey, 'blind-index')), same tenant/table/kind scoping, same
// normalisation; so a client's index hash equals the hash of their e-mail found in a file.
import { normaliseEmail, normalisePhone } from '../core/clients/normalise.ts';
import { revealEmail } from '../core/scan/email.ts';
import { blindIndex } from '../crypto/field.ts';
import { INDEX_TABLE } from '../clients/vault.ts';
import type { Detect } from './extract/text.ts';

export interface PersonIndex {
  tenantId: string;
  /** subKey(dataKey, 'blind-index'): held in memory only, for the scan's duration. */
  key: Uint8Array;
}

export type PersonKind = 'email' | 'phone';

export function personHash(index: PersonIndex, kind: PersonKind, normalised: string): string {
  return blindIndex(index.key, { tenantId: index.tenantId, table: INDEX_TABLE, column: kind }, normalised);
}

/** The normalised form the client file indexes (vault.indexes()), or null for an empty value. */
export function normalisedFor(kind: PersonKind, raw: string): string | null {
  // (an address hidden from robots in a file, « jean [at] gmail [dot] com », is the client's « jean@gmail.com »)
  const value = kind === 'email' ? normaliseEmail(revealEmail(raw)) : (normalisePhone(raw) ?? raw.trim());
  return value === '' ? null : value;
}

/**
 * The hashes of one file, deduplicated. Each value is hashed as soon as it is found, so no raw
 * value outlives its block of text; at most `max` hashes are kept (memory stays bounded).
 */
export class PersonHashes {
  private readonly found = new Set<string>();

  constructor(
    private readonly index: PersonIndex,
    private readonly max: number,
  ) {}

  /** Wraps a detector: each e-mail or phone it finds is hashed on the way. */
  watch(detect: Detect): Detect {
    return (text, hints) => {
      const ds = detect(text, hints);
      for (let i = 0; i < ds.count && this.found.size < this.max; i++) {
        const type = ds.type(i);
        if (type !== 'email' && type !== 'phone') continue;
        const value = normalisedFor(type, text.slice(ds.start(i), ds.start(i) + ds.length(i)));
        if (value !== null) this.found.add(personHash(this.index, type, value));
      }
      return ds;
    };
  }

  /** In the order found: the parts of a large file are merged in order, then the report sorts them. */
  hashes(): string[] {
    return [...this.found];
  }
}
