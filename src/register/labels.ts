// The French labels of the register's codes, sent to the web UI with the templates: the UI
// then needs no runtime import of the core model (whose zod schemas would weigh ~250 KB in
// the browser bundle).
import { ART9_CONDITION_LABELS, LEGAL_BASIS_LABELS, SAFEGUARD_LABELS, SUPPORT_KIND_LABELS } from '../core/register/model.ts';
import { CNIL_DPIA_CASE_LABELS, EDPB_CRITERION_LABELS, FEARED_EVENT_LABELS, LEVEL_LABELS, RISK_LEVEL_LABELS, RISK_SOURCE_LABELS } from '../core/register/risks.ts';

export const REGISTER_LABELS = {
  basesLegales: LEGAL_BASIS_LABELS,
  exceptionsArt9: ART9_CONDITION_LABELS,
  garanties: SAFEGUARD_LABELS,
  supports: SUPPORT_KIND_LABELS,
  evenements: FEARED_EVENT_LABELS,
  sources: RISK_SOURCE_LABELS,
  niveaux: LEVEL_LABELS,
  niveauxRisque: RISK_LEVEL_LABELS,
  criteresEdpb: EDPB_CRITERION_LABELS,
  casCnil: CNIL_DPIA_CASE_LABELS,
};
export type RegisterLabels = typeof REGISTER_LABELS;
