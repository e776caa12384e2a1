// The frame of steps 1 to 4: a form whose submit saves the draft, then moves on.
import type { FormEvent, ReactNode } from 'react';
import { ErrorMessage, SuccessMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import type { EtapeProps } from './Assistant.tsx';
import type { Incident } from './types.ts';

interface Props extends Pick<EtapeProps, 'readOnly' | 'enregistrer' | 'suivant'> {
  /** The answers of this step, in the API's shape. */
  valeurs: () => Partial<Incident>;
  children: ReactNode;
}

export function FormulaireEtape({ readOnly, enregistrer, suivant, valeurs, children }: Props) {
  const { busy, error, run } = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (readOnly) return suivant();
    void run(async () => {
      await enregistrer(valeurs());
      suivant();
    });
  };
  return (
    <form onSubmit={submit} className="formulaire" noValidate>
      <fieldset className="sans-cadre" disabled={readOnly}>
        {children}
      </fieldset>
      <ErrorMessage message={error} />
      {busy && <SuccessMessage>Enregistrement du brouillon…</SuccessMessage>}
      <p className="actions">
        <button type="submit" className="bouton" disabled={busy}>
          {readOnly ? 'Étape suivante' : 'Enregistrer et continuer'}
        </button>
      </p>
    </form>
  );
}
