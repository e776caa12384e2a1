// Tables of the register capability (see Database in schema.ts and migration 007).

export type ProcessingStatus = 'brouillon' | 'publie';

export interface RegisterProcessingsTable {
  id: string;
  tenant_id: string;
  status: ProcessingStatus;
  template_id: string | null;
  /** The processing as JSON (core/register/model.ts). */
  body: string;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  published_at: string | null;
}

export interface RegisterHistoryTable {
  id: string;
  tenant_id: string;
  processing_id: string;
  at: string;
  actor_id: string | null;
  actor_label: string;
  /** 'cree', 'modifie', 'publie', 'depublie', 'supprime'. */
  action: string;
  /** JSON: the changed fields with their value before and after. */
  diff: string;
}

export interface RegisterDocumentsTable {
  id: string;
  tenant_id: string;
  kind: string;
  number: number;
  created_at: string;
  created_by: string | null;
  content_hash: string;
  markdown: string;
  html: string;
  /** JSON: the register the version was generated from. */
  snapshot: string;
}

export interface RegisterSetupTable {
  tenant_id: string;
  /** JSON: the answers of the guided set-up. */
  answers: string;
  completed_at: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface RegisterTables {
  register_processings: RegisterProcessingsTable;
  register_history: RegisterHistoryTable;
  register_documents: RegisterDocumentsTable;
  register_setup: RegisterSetupTable;
}
