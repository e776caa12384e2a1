import { describe, expect, it } from 'vitest';
import { bareProcessing, completeProcessing, NOW } from './fixtures.ts';
import type { RiskEvent } from './model.ts';
import { assessDpia, assessRisks, residualOf, riskLevel } from './risks.ts';
import { instantiateTemplate } from './templates.ts';

const event = (over: Partial<RiskEvent> = {}): RiskEvent => ({
  event: 'acces_illegitime',
  sources: ['humaine_externe'],
  severity: 'maximale',
  likelihood: 'importante',
  measures: [],
  ...over,
});

describe('riskLevel (CNIL map)', () => {
  it('is high when both axes are high, medium when one is, low otherwise', () => {
    expect(riskLevel('importante', 'importante')).toBe('eleve');
    expect(riskLevel('maximale', 'limitee')).toBe('moyen');
    expect(riskLevel('negligeable', 'importante')).toBe('moyen');
    expect(riskLevel('limitee', 'limitee')).toBe('faible');
  });
});

describe('residualOf', () => {
  it('lowers each axis by one level per measure acting on it', () => {
    const r = residualOf(event({ measures: [{ label: 'Chiffrement', reduces: 'gravite' }, { label: 'Double authentification', reduces: 'vraisemblance' }] }));
    expect(r).toEqual({ severity: 'importante', likelihood: 'limitee', level: 'moyen', overridden: false });
  });

  it('never lowers an axis by more than two levels nor below négligeable', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ label: `m${i}`, reduces: 'les_deux' as const }));
    expect(residualOf(event({ measures: many }))).toMatchObject({ severity: 'limitee', likelihood: 'negligeable' });
  });

  it('lets the user override the computed residual levels', () => {
    expect(residualOf(event({ residualSeverity: 'negligeable', residualLikelihood: null }))).toEqual({ severity: 'negligeable', likelihood: 'importante', level: 'moyen', overridden: true });
  });

  it('is unknown until severity and likelihood are evaluated', () => {
    expect(residualOf(event({ severity: null }))).toBeNull();
  });
});

describe('assessRisks', () => {
  it('labels events and sources in French and gives the highest residual level', () => {
    const r = assessRisks(instantiateTemplate('sante_bien_etre', { now: NOW }));
    expect(r.events.map((e) => e.label)).toEqual(['Accès illégitime aux données', 'Modification non désirée des données', 'Disparition des données']);
    expect(r.events[0]?.sources.map((s) => s.label)[0]).toMatch(/^Source humaine externe/);
    expect(r.missing).toEqual([]);
    expect(r.highestResidual).toBe('moyen');
  });

  it('lists the feared events not evaluated yet', () => {
    const p = bareProcessing({ risks: { events: [event(), event({ event: 'disparition', likelihood: null })], dpia: { criteria: [], cnilCases: [] } } });
    const r = assessRisks(p);
    expect(r.missing).toEqual(['modification_non_desiree', 'disparition']);
    expect(assessRisks(bareProcessing()).highestResidual).toBeNull();
  });
});

describe('assessDpia', () => {
  it('is not required with one criterion, with the reason', () => {
    const d = assessDpia(completeProcessing());
    expect(d.likelyRequired).toBe(false);
    expect(d.reasons).toEqual(['Aucun des 9 critères du Comité européen de la protection des données n’est rempli : une analyse d’impact n’est pas nécessaire.']);
  });

  it('derives sensitive data from the categories; a single practitioner’s health records stay below the bar', () => {
    const d = assessDpia(instantiateTemplate('sante_bien_etre', { now: NOW }));
    expect(d.criteria).toEqual([{ criterion: 'donnees_sensibles', label: 'Données sensibles ou à caractère hautement personnel', derived: true }]);
    expect(d.likelyRequired).toBe(false);
    expect(d.reasons[1]).toMatch(/considérant 91/);
  });

  it('is required from two of the EDPB’s nine criteria', () => {
    const p = instantiateTemplate('sante_bien_etre', { now: NOW });
    p.risks.dpia.criteria = ['personnes_vulnerables'];
    const d = assessDpia(p);
    expect(d.likelyRequired).toBe(true);
    expect(d.reasons[0]).toBe(
      'Ce traitement remplit 2 critères sur les 9 du Comité européen de la protection des données (deux suffisent) : données sensibles ou à caractère hautement personnel ; personnes vulnérables (enfants, patients, personnes âgées, salariés…).',
    );
  });

  it('derives automated decisions and camera monitoring', () => {
    const p = completeProcessing({ automatedDecision: { exists: true, logic: 'score' } });
    p.supports.push({ kind: 'materiel', name: 'Caméra de l’atelier' });
    expect(assessDpia(p).criteria.map((c) => c.criterion)).toEqual(['decision_automatique', 'surveillance_systematique']);
    expect(assessDpia(p).likelyRequired).toBe(true);
  });

  it('is required for a case on the CNIL list, whatever the criteria', () => {
    const p = completeProcessing();
    p.risks.dpia.cnilCases = ['surveillance_salaries'];
    const d = assessDpia(p);
    expect(d.likelyRequired).toBe(true);
    expect(d.reasons[0]).toMatch(/^Ce traitement figure sur la liste de la CNIL .*surveillance constante de l’activité des salariés/);
  });

  it('does not count a criterion twice when declared and derived', () => {
    const p = instantiateTemplate('sante_bien_etre', { now: NOW });
    p.risks.dpia.criteria = ['donnees_sensibles'];
    expect(assessDpia(p)).toMatchObject({ likelyRequired: false, criteria: [{ criterion: 'donnees_sensibles', derived: false }] });
  });
});
