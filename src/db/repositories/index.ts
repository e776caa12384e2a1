import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { BackupRepository } from './backups.ts';
import { BreachRepository } from './breaches.ts';
import { ClientDocumentRepository, ClientRepository } from './clients.ts';
import { CredentialRepository } from './credentials.ts';
import { JournalRepository } from './journal.ts';
import { RetentionRepository } from './retention.ts';
import { RightsRepository } from './rights.ts';
import { ScanRepository } from './scans.ts';
import type { PathSealer } from './scan-paths.ts';
import { RegisterRepository } from './register.ts';
import { SessionRepository } from './sessions.ts';
import { SecurityAssessmentRepository } from './security.ts';
import { TenantRepository } from './tenants.ts';
import { AuthLookup, UserRepository } from './users.ts';

/** Repositories bound to one connection or transaction; `sealer` is the instance key's field cipher. */
export function repositories(db: Kysely<Database>, sealer: PathSealer) {
  return {
    tenants: new TenantRepository(db),
    users: (tenantId: string) => new UserRepository(db, tenantId),
    authLookup: new AuthLookup(db),
    sessions: new SessionRepository(db),
    credentials: new CredentialRepository(db),
    journal: new JournalRepository(db),
    security: (tenantId: string) => new SecurityAssessmentRepository(db, tenantId),
    clients: (tenantId: string) => new ClientRepository(db, tenantId),
    clientDocuments: (tenantId: string) => new ClientDocumentRepository(db, tenantId),
    breaches: (tenantId: string) => new BreachRepository(db, tenantId),
    rights: (tenantId: string) => new RightsRepository(db, tenantId),
    retention: (tenantId: string) => new RetentionRepository(db, tenantId),
    scans: (tenantId: string) => new ScanRepository(db, tenantId, sealer),
    backups: new BackupRepository(db),
    register: (tenantId: string) => new RegisterRepository(db, tenantId),
  };
}

export type Repositories = ReturnType<typeof repositories>;
export { BreachRepository, ClientRepository, ClientDocumentRepository, TenantRepository, UserRepository, AuthLookup, SessionRepository, CredentialRepository, JournalRepository, RightsRepository, RetentionRepository };
