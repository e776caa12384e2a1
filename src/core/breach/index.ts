// Public API of the personal-data breach module (RGPD Art. 33 and 34): pure rules, no I/O.
export * from './types.ts';
export { makeIncidentSchema, incidentShapeSchema, dataCategorySchema, enisaContextSchema, missingForNotification, type IncidentInput, type MissingField } from './schema.ts';
export { NATURE_LABELS, KIND_LABELS, EXPOSURE_LABELS, QUICK_RESTORE_HOURS } from './labels.ts';
export { scoreDpc, enisaCategoryOf, BASE_SCORES, CATEGORY_LABELS, type EnisaCategory, type DpcResult, type DpcItem, type DpcAdjustment } from './enisa-dpc.ts';
export {
  assessSeverity,
  easeOfIdentification,
  circumstances,
  bandFor,
  EI_SCORES,
  BAND_LABELS,
  SEVERITY_BANDS,
  type SeverityAssessment,
  type SeverityBand,
  type EiResult,
  type CbResult,
  type CbPart,
} from './enisa.ts';
export { highRiskFactors, uncertainties, type HighRiskFactor } from './risk.ts';
export {
  decideBreach,
  MIN_JUSTIFICATION,
  type BreachDecision,
  type CnilDecision,
  type PeopleDecision,
  type DecisionOptions,
  type DecisionOverride,
  type CnilExemption,
  type PeopleException,
  type CommunicationMode,
} from './decision.ts';
export { notificationDeadline, deadlineFor, notificationPhase, NOTIFICATION_DELAY_HOURS, type DeadlineStatus, type NotificationPhase, type PhaseStatus } from './deadlines.ts';
export { buildNotification, renderNotificationText, type CnilNotification, type NotificationInput } from './notification.ts';
export { renderLetterToPerson, adviceFor, type LetterInput, type RenderedLetter } from './letter.ts';
