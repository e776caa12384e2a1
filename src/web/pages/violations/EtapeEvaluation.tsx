// Step 5: the severity, the CNIL decision and the people decision, each with its reasons;
// the user may decide otherwise, with a justification kept in the register.
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import type { EtapeProps } from './Assistant.tsx';
import { Derogation } from './Derogation.tsx';
import type { Decision, Violation } from './types.ts';

function Motifs({ motifs }: { motifs: string[] }) {
  return (
    <ul className="motifs">
      {motifs.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}

function Resultat({ decision, libelleGravite }: { decision: Decision; libelleGravite: string }) {
  const personnes =
    decision.people.mode === 'individuelle' ? 'Oui, informez chaque personne concernée' : decision.people.mode === 'publique' ? 'Oui, par une communication publique' : 'Non, ce n’est pas obligatoire';
  return (
    <div className="resultat-evaluation">
      <section aria-labelledby="titre-gravite" className={`bloc-decision gravite-${decision.severity.band}`}>
        <h3 id="titre-gravite">Gravité : {libelleGravite}</h3>
        <details>
          <summary>Le détail du calcul (méthode ENISA)</summary>
          <Motifs motifs={decision.severity.explanations} />
        </details>
      </section>
      <section aria-labelledby="titre-cnil" className={`bloc-decision ${decision.cnil.notify ? 'decision-oui' : 'decision-non'}`}>
        <h3 id="titre-cnil">Prévenir la CNIL : {decision.cnil.notify ? 'Oui, dans les 72 heures' : 'Non'}</h3>
        <Motifs motifs={decision.cnil.reasons} />
      </section>
      <section aria-labelledby="titre-personnes" className={`bloc-decision ${decision.people.communicate ? 'decision-oui' : 'decision-non'}`}>
        <h3 id="titre-personnes">Informer les personnes : {personnes}</h3>
        <Motifs motifs={decision.people.reasons} />
      </section>
      <p className="aide">{decision.register.reason}</p>
    </div>
  );
}

export function EtapeEvaluation({ violation, libelles, readOnly, remplacer, suivant }: EtapeProps) {
  const { busy, error, run } = useAction();
  const evaluer = () =>
    run(async () => {
      remplacer((await api.post<{ violation: Violation }>(`/api/breaches/${violation.id}/assess`, {})).violation);
    });
  const d = violation.decision;

  return (
    <>
      {!violation.evaluable && (
        <p className="message attention">
          Pour évaluer l’incident, indiquez d’abord à l’étape 1 quand vous l’avez découvert et ce qui a été touché. Les autres réponses peuvent attendre : ce qui n’est pas
          encore connu est évalué avec prudence.
        </p>
      )}
      {d && violation.evaluationPerimee && <p className="message attention">Vous avez modifié l’incident depuis cette évaluation : relancez-la pour la mettre à jour.</p>}
      {!readOnly && violation.evaluable && (
        <p className="actions">
          <button type="button" className="bouton" onClick={() => void evaluer()} disabled={busy}>
            {d ? 'Relancer l’évaluation' : 'Lancer l’évaluation'}
          </button>
        </p>
      )}
      <ErrorMessage message={error} />
      {d && (
        <>
          <Resultat decision={d} libelleGravite={libelles.gravites[d.severity.band] ?? d.severity.band} />
          {violation.manquants.length > 0 && (
            <div className="encadre attention">
              <h3>À compléter pour la CNIL</h3>
              <p>Vous pouvez notifier dès maintenant ce que vous savez, puis compléter :</p>
              <ul>
                {violation.manquants.map((m) => (
                  <li key={m.field}>{m.label}</li>
                ))}
              </ul>
            </div>
          )}
          {!readOnly && <Derogation violation={violation} remplacer={remplacer} />}
          <p className="actions">
            <button type="button" className="bouton secondaire" onClick={suivant}>
              Étape suivante : notification
            </button>
          </p>
        </>
      )}
    </>
  );
}
