// Shapes of the retention API answers (src/server/routes/retention.ts).
export type PolicyKey = 'prospectMonths' | 'clientAfterEndMonths' | 'accountingMonths' | 'consentProofMonths';
export type Policy = Record<PolicyKey, number>;
export type RetentionAction = 'garder' | 'anonymiser' | 'supprimer';

export interface PolicyView {
  policy: Policy;
  custom: boolean;
  defaults: Policy;
  bounds: Record<PolicyKey, { min: number; max: number; label: string; why: string }>;
}

export interface PreviewLine {
  id: string;
  label: string;
  status: string;
  statusLabel: string;
  action: RetentionAction;
  actionLabel: string;
  expiresAt: string | null;
  reason: string;
  warnings: string[];
  accountingUntil: string | null;
  consentProofUntil: string | null;
}

export interface RetentionPreview {
  policy: Policy;
  customPolicy: boolean;
  report: {
    date: string;
    total: number;
    counts: Record<RetentionAction, number>;
    expiringSoon: number;
    withWarnings: number;
    lines: PreviewLine[];
  };
  expected: { supprimer: number; anonymiser: number };
}

export interface PurgeReport {
  date: string;
  supprimees: number;
  anonymisees: number;
  documentsSupprimes: number;
  avertissements: number;
}
