// Risks of a processing, CNIL method: for each feared event its sources, severity and
// likelihood on the 4-level scales, the measures that reduce them and the residual risk;
// then the DPIA (AIPD) flag with its reasons.
import type { DpiaAssessment, RiskAssessment } from '../../../core/register/risks.ts';
import type { FearedEvent, Measure, RiskEvent } from '../../../core/register/model.ts';
import type { Corps } from './ChampsTraitement.tsx';
import { Cases, Choix, ListeObjets, Texte } from './Editeurs.tsx';
import { EFFECT_LABELS } from './libelles.ts';
import type { Libelles } from './types.ts';

interface Props {
  corps: Corps;
  set: (patch: Partial<Corps>) => void;
  disabled: boolean;
  /** The server's assessment of the saved version. */
  evaluation: RiskAssessment;
  aipd: DpiaAssessment;
  libelles: Libelles;
}

const blank = (event: FearedEvent): RiskEvent => ({ event, sources: [], severity: null, likelihood: null, measures: [] });

export function Risques({ corps, set, disabled, evaluation, aipd, libelles }: Props) {
  const ordre = Object.keys(libelles.evenements) as FearedEvent[];
  const events = ordre.map((e) => corps.risks.events.find((x) => x.event === e) ?? blank(e));
  const update = (next: RiskEvent) => set({ risks: { ...corps.risks, events: ordre.map((e) => (e === next.event ? next : (corps.risks.events.find((x) => x.event === e) ?? blank(e)))) } });
  const dpia = corps.risks.dpia;
  return (
    <>
      <h3>Risques pour les personnes</h3>
      <p className="aide">Pour chaque événement : qu’est-ce qui pourrait le provoquer, quelle serait sa gravité pour les personnes, quelle est sa probabilité, et ce que vous faites pour l’éviter.</p>
      {events.map((e) => {
        const evalue = evaluation.events.find((x) => x.event === e.event);
        return (
          <fieldset key={e.event}>
            <legend>{libelles.evenements[e.event]}</legend>
            <Cases legende="Ce qui pourrait le provoquer" valeurs={e.sources} options={libelles.sources} onValeurs={(sources) => update({ ...e, sources })} disabled={disabled} />
            <Texte label="Conséquences pour les personnes (facultatif)" valeur={e.impacts} onValeur={(impacts) => update({ ...e, impacts })} disabled={disabled} multiligne />
            <div className="ligne-champs">
              <Choix label="Gravité" valeur={e.severity} options={libelles.niveaux} vide="À évaluer" onValeur={(severity) => update({ ...e, severity })} disabled={disabled} />
              <Choix label="Vraisemblance" valeur={e.likelihood} options={libelles.niveaux} vide="À évaluer" onValeur={(likelihood) => update({ ...e, likelihood })} disabled={disabled} />
            </div>
            <ListeObjets<Measure>
              legende="Mesures qui réduisent ce risque"
              valeurs={e.measures}
              onValeurs={(measures) => update({ ...e, measures })}
              nouveau={() => ({ label: '', reduces: 'vraisemblance' })}
              libelleAjout="Ajouter une mesure"
              libelleElement={(m, i) => `Mesure ${i + 1}${m.label ? ` : ${m.label}` : ''}`}
              disabled={disabled}
            >
              {(m, setM) => (
                <>
                  <Texte label="Mesure" valeur={m.label} onValeur={(label) => setM({ ...m, label })} disabled={disabled} />
                  <Choix label="Effet" valeur={m.reduces} options={EFFECT_LABELS} onValeur={(reduces) => setM({ ...m, reduces: reduces ?? 'vraisemblance' })} disabled={disabled} />
                </>
              )}
            </ListeObjets>
            <p className="risque-resultat">
              {evalue?.initial ? (
                <>
                  Risque initial : <strong>{libelles.niveauxRisque[evalue.initial.level]}</strong>
                  {evalue.residual && (
                    <>
                      {' '}
                      — risque résiduel, après les mesures : <strong>{libelles.niveauxRisque[evalue.residual.level]}</strong> (gravité {libelles.niveaux[evalue.residual.severity].toLowerCase()}, vraisemblance{' '}
                      {libelles.niveaux[evalue.residual.likelihood].toLowerCase()})
                    </>
                  )}
                </>
              ) : (
                'Pas encore évalué (enregistrez pour voir le résultat).'
              )}
            </p>
          </fieldset>
        );
      })}

      <h3>Analyse d’impact (AIPD)</h3>
      <div className={`message ${aipd.likelyRequired ? 'attention' : 'succes'}`} role="status">
        <p>{aipd.likelyRequired ? 'Une analyse d’impact est probablement obligatoire pour ce traitement.' : 'Une analyse d’impact ne semble pas obligatoire pour ce traitement.'}</p>
        <ul>
          {aipd.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </div>
      <Cases legende="Critères qui s’appliquent (lignes directrices européennes)" aide="Deux critères ou plus : l’analyse d’impact est probablement requise." valeurs={dpia.criteria} options={libelles.criteresEdpb} onValeurs={(criteria) => set({ risks: { ...corps.risks, dpia: { ...dpia, criteria } } })} disabled={disabled} />
      <Cases legende="Cas de la liste de la CNIL" valeurs={dpia.cnilCases} options={libelles.casCnil} onValeurs={(cnilCases) => set({ risks: { ...corps.risks, dpia: { ...dpia, cnilCases } } })} disabled={disabled} />
      <Texte
        label="Date de l’analyse d’impact réalisée (facultatif)"
        type="date"
        valeur={dpia.conductedAt ? dpia.conductedAt.slice(0, 10) : ''}
        onValeur={(v) => set({ risks: { ...corps.risks, dpia: { ...dpia, conductedAt: v ? `${v}T00:00:00.000Z` : null } } })}
        disabled={disabled}
      />
    </>
  );
}
