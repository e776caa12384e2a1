// One question of the set-up: its choices as radio buttons (arrow keys move between them),
// yes/no, or a short text. The heading is the question; the help says why it is asked.
import type { RefObject } from 'react';
import type { SetupQuestion } from './types.ts';

type Valeur = string | boolean | undefined;

export function Question({ question, titreRef, valeur, onValeur, disabled }: { question: SetupQuestion; titreRef: RefObject<HTMLHeadingElement | null>; valeur: Valeur; onValeur: (v: Valeur) => void; disabled: boolean }) {
  const aideId = `aide-${question.id}`;
  const options: { value: string | boolean; label: string }[] =
    question.kind === 'oui_non'
      ? [
          { value: true, label: 'Oui' },
          { value: false, label: 'Non' },
        ]
      : (question.options ?? []);
  return (
    <>
      <h2 id="titre-assistant" tabIndex={-1} ref={titreRef}>
        {question.question}
      </h2>
      {question.help && (
        <p className="aide" id={aideId}>
          {question.help}
        </p>
      )}
      {question.kind === 'texte' || question.kind === 'dossier' ? (
        <div className="champ">
          <label htmlFor={`q-${question.id}`}>{question.kind === 'dossier' ? 'Chemin du dossier (facultatif)' : 'Votre réponse (facultatif)'}</label>
          <input
            id={`q-${question.id}`}
            type="text"
            className={question.kind === 'dossier' ? 'monospace' : undefined}
            value={typeof valeur === 'string' ? valeur : ''}
            onChange={(e) => onValeur(e.target.value)}
            aria-describedby={question.help ? aideId : undefined}
            disabled={disabled}
          />
        </div>
      ) : (
        <fieldset className="sans-cadre" aria-labelledby="titre-assistant" aria-describedby={question.help ? aideId : undefined} disabled={disabled}>
          <div className="reponses reponses-assistant">
            {options.map((o) => (
              <label key={String(o.value)} className="reponse">
                <input type="radio" name={question.id} checked={valeur === o.value} onChange={() => onValeur(o.value)} />
                {o.label}
              </label>
            ))}
          </div>
        </fieldset>
      )}
    </>
  );
}
