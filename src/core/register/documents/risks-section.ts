// The register sheet's risk section: the three feared events with their sources, initial and
// residual levels (computed by ../risks.ts), and whether a DPIA is likely required.
import type { Processing } from '../model.ts';
import { assessRisks, FEARED_EVENT_LABELS, LEVEL_LABELS, RISK_LEVEL_LABELS, type EventAssessment } from '../risks.ts';
import { frenchDate } from './format.ts';
import type { Field, Section } from './structure.ts';

function levels(l: { severity: keyof typeof LEVEL_LABELS; likelihood: keyof typeof LEVEL_LABELS; level: keyof typeof RISK_LEVEL_LABELS }): string {
  return `gravité ${LEVEL_LABELS[l.severity].toLowerCase()}, vraisemblance ${LEVEL_LABELS[l.likelihood].toLowerCase()} (${RISK_LEVEL_LABELS[l.level].toLowerCase()})`;
}

function eventField(e: EventAssessment): Field {
  const lines = [`Sources : ${e.sources.length ? e.sources.map((s) => s.label).join(' ; ') : 'non précisées'}`];
  lines.push(e.initial ? `Risque initial : ${levels(e.initial)}` : 'Risque initial : non évalué');
  lines.push(`Mesures : ${e.measures.length ? e.measures.join(' ; ') : 'aucune'}`);
  if (e.residual) lines.push(`Risque résiduel : ${levels(e.residual)}${e.residual.overridden ? ', estimé par le responsable' : ''}`);
  return { label: e.label, value: lines };
}

export function risksSection(p: Processing): Section {
  const risks = assessRisks(p);
  const notEvaluated = risks.missing.filter((m) => !risks.events.some((e) => e.event === m)).map((m) => ({ label: FEARED_EVENT_LABELS[m], value: 'Non évalué' }));
  const dpia = risks.dpia;
  return {
    heading: 'Risques pour les personnes et analyse d’impact',
    blocks: [
      { type: 'fields', items: [...risks.events.map(eventField), ...notEvaluated] },
      {
        type: 'fields',
        items: [
          {
            label: 'Analyse d’impact (AIPD)',
            value: [
              dpia.likelyRequired ? 'Probablement obligatoire' : 'Pas obligatoire en principe',
              ...dpia.reasons,
              ...(dpia.conductedAt ? [`Réalisée le ${frenchDate(dpia.conductedAt)}`] : []),
            ],
          },
        ],
      },
    ],
  };
}
