// Table types shared by both dialects. Timestamps are ISO-8601 UTC strings and booleans
// are 0/1 integers so the same migrations and queries run on SQLite and PostgreSQL.
import type { Generated } from 'kysely';
import type { ScanTables } from './schema-scans.ts';
import type { RegisterTables } from './schema-register.ts';
import type { BackupTables } from './schema-backups.ts';

export type Role = 'owner' | 'collaborator' | 'accountant';

export interface TenantsTable {
  id: string;
  raison_sociale: string;
  siren: string | null;
  activite: string;
  adresse: string | null;
  contact_nom: string;
  contact_email: string;
  password_renewal_days: number;
  recovery_wrapped_key: string;
  journal_seq: number;
  journal_head: string;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  tenant_id: string;
  email_index: string;
  email_enc: string;
  nom_enc: string;
  role: Role;
  password_hash: string;
  kek_salt: string;
  /** Null while the user's access waits for the owner to re-grant it (after a reset). */
  wrapped_data_key: string | null;
  password_changed_at: string;
  failed_logins: number;
  locked_until: string | null;
  totp_secret_enc: string | null;
  totp_enabled: number;
  totp_last_step: number;
  created_at: string;
  last_login_at: string | null;
}

export interface RecoveryCodesTable {
  id: string;
  tenant_id: string;
  user_id: string;
  code_mac: string;
  used_at: string | null;
}

export interface SessionsTable {
  id: string;
  id_mac: string;
  tenant_id: string;
  user_id: string;
  stage: 'totp' | 'active';
  /** Data key sealed with a secret that only the browser's cookie holds. */
  sealed_data_key: string;
  ip: string;
  user_agent: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface PasswordResetsTable {
  id: string;
  tenant_id: string;
  user_id: string;
  token_mac: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  ip: string;
}

export interface JournalTable {
  tenant_id: string;
  seq: number;
  at: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  record_type: string | null;
  record_id: string | null;
  ip: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_start: string;
  locked_until: string | null;
}

export interface SecurityAnswersTable {
  tenant_id: string;
  question_id: string;
  answer: string;
  updated_at: string;
  updated_by: string;
}

export interface SecurityActionsTable {
  tenant_id: string;
  action_id: string;
  status: string;
  due_date: string;
  updated_at: string;
}

export interface SecurityReviewsTable {
  id: string;
  tenant_id: string;
  completed_at: string;
  completed_by: string;
  score: number;
  theme_scores: string;
}

export interface ClientsTable {
  id: string;
  tenant_id: string;
  status: string;
  legal_basis: string;
  collected_at: string;
  last_contact_at: string | null;
  relationship_ended_at: string | null;
  has_invoices: number;
  last_invoice_at: string | null;
  civilite_enc: string | null;
  nom_enc: string | null;
  prenom_enc: string | null;
  emails_enc: string | null;
  phones_enc: string | null;
  address_enc: string | null;
  company_enc: string | null;
  notes_enc: string | null;
  source_enc: string | null;
  consent_enc: string | null;
  anonymised_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ClientIndexTable {
  tenant_id: string;
  kind: 'email' | 'phone' | 'name' | 'prefix';
  hash: string;
  client_id: string;
}

export interface TenantAgeKeysTable {
  tenant_id: string;
  recipient: string;
  identity_enc: string;
  created_at: string;
}

export interface ClientDocumentsTable {
  id: string;
  tenant_id: string;
  client_id: string;
  kind: string;
  filename_enc: string;
  mime: string;
  size: number;
  document_date: string | null;
  created_at: string;
  created_by: string;
}

export interface RetentionPoliciesTable {
  tenant_id: string;
  policy: string;
  updated_at: string;
}

export interface RightsRequestsTable {
  id: string;
  tenant_id: string;
  type: string;
  channel: string;
  status: string;
  about_marketing: number;
  received_on: string;
  due_on: string;
  extended_on: string | null;
  extended_due_on: string | null;
  extension_reason_enc: string | null;
  identity_check_required: number;
  identity_verified_on: string | null;
  answered_on: string | null;
  refusal_reason_enc: string | null;
  closed_on: string | null;
  client_id: string | null;
  requester_name_enc: string | null;
  requester_contact_enc: string | null;
  message_enc: string | null;
  notes_enc: string | null;
  erased_on: string | null;
  erasure_report: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export interface RetentionChecksTable {
  tenant_id: string;
  checked_on: string;
  to_delete: number;
  to_anonymise: number;
  expiring_soon: number;
  with_warnings: number;
  checked_at: string;
}

export interface BreachesTable {
  id: string;
  tenant_id: string;
  status: 'draft' | 'assessed' | 'notified' | 'closed';
  title_enc: string | null;
  aware_at: string | null;
  occurred_at: string | null;
  /** JSON array of natures (confidentialite, integrite, disponibilite). */
  nature: string;
  draft_enc: string;
  decision_enc: string | null;
  severity_band: string | null;
  cnil_notify: number | null;
  people_communicate: number | null;
  override_enc: string | null;
  decision_stale: number;
  assessed_at: string | null;
  closed_at: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export interface BreachNotificationsTable {
  id: string;
  tenant_id: string;
  breach_id: string;
  kind: 'initiale' | 'complementaire';
  notified_at: string;
  late: number;
  late_reason_enc: string | null;
  reference_enc: string | null;
  created_at: string;
  created_by: string;
}

export interface BreachTimelineTable {
  id: string;
  tenant_id: string;
  breach_id: string;
  at: string;
  action_enc: string;
  created_at: string;
  created_by: string;
}

export interface BreachAttachmentsTable {
  id: string;
  tenant_id: string;
  breach_id: string;
  filename_enc: string;
  mime: string;
  size: number;
  created_at: string;
  created_by: string;
}

// Each later capability declares its tables in its own file (schema-*.ts).
export interface Database extends ScanTables, RegisterTables, BackupTables {
  tenants: TenantsTable;
  users: UsersTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  password_resets: PasswordResetsTable;
  journal: JournalTable;
  login_throttle: LoginThrottleTable;
  security_answers: SecurityAnswersTable;
  security_actions: SecurityActionsTable;
  security_reviews: SecurityReviewsTable;
  clients: ClientsTable;
  client_index: ClientIndexTable;
  tenant_age_keys: TenantAgeKeysTable;
  client_documents: ClientDocumentsTable;
  retention_policies: RetentionPoliciesTable;
  rights_requests: RightsRequestsTable;
  retention_checks: RetentionChecksTable;
  breaches: BreachesTable;
  breach_notifications: BreachNotificationsTable;
  breach_timeline: BreachTimelineTable;
  breach_attachments: BreachAttachmentsTable;
}

export type { Generated };
