import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { ScanSummary } from '../../core/scan/types.ts';

/** Stored scan summaries of one tenant. Placeholder until the scanner's store lands. */
export class ScanRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  /** The latest finished scan of the tenant, or null if it never scanned. */
  async latestSummary(): Promise<ScanSummary | null> {
    void this.db;
    void this.tenantId;
    return null;
  }
}
