// Shapes of the API answers (docs/api.md).
export type Role = 'owner' | 'collaborator' | 'accountant';

export interface User {
  id: string;
  email: string;
  nom: string;
  role: Role;
  totpEnabled: boolean;
  accessPending?: boolean;
  passwordChangedAt?: string;
  passwordRenewalDue?: boolean;
  recoveryCodesLeft?: number;
}

export interface Tenant {
  id: string;
  raisonSociale: string;
  siren: string | null;
  activite: string;
  adresse: string | null;
  contactNom: string;
  contactEmail: string;
  passwordRenewalDays: number;
}

export interface Notice {
  type: string;
  message: string;
  at: string;
}

export interface Me {
  user: User;
  tenant: Tenant;
  notices: Notice[];
}

export interface Strength {
  score: number;
  acceptable: boolean;
  warning: string;
  suggestions: string[];
}

export type LoginAnswer = { etape: 'totp' } | { etape: 'termine'; user: User };

export interface TotpSetup {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}

export interface SessionInfo {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

export interface JournalEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  actionLabel?: string;
  recordType: string | null;
  recordId: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

export interface VerifyReport {
  ok: boolean;
  checked: number;
  problems: { seq: number; kind: string; message: string }[];
}
