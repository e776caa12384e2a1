// What was done and when, kept in the register with the incident.
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { TextField } from '../../components/Field.tsx';
import { useAction } from '../../hooks.ts';
import type { EtapeProps } from './Assistant.tsx';
import { DateHeure } from './Champs.tsx';
import { dateHeure, depuisSaisie, maintenantSaisie } from './outils.ts';
import type { Violation } from './types.ts';

export function Chronologie({ violation, readOnly, remplacer }: Pick<EtapeProps, 'violation' | 'readOnly' | 'remplacer'>) {
  const [quand, setQuand] = useState(maintenantSaisie());
  const [action, setAction] = useState('');
  const { busy, error, run } = useAction();

  const ajouter = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const res = await api.post<{ violation: Violation }>(`/api/breaches/${violation.id}/timeline`, { at: depuisSaisie(quand) ?? '', action });
      remplacer(res.violation);
      setAction('');
    });
  };

  return (
    <section aria-labelledby="titre-chronologie" className="sous-section">
      <h3 id="titre-chronologie">Chronologie des actions</h3>
      {violation.chronologie.length === 0 ? (
        <p className="aide">Aucune action notée pour l’instant. Notez ce que vous faites au fur et à mesure : c’est utile pour la CNIL et pour votre registre.</p>
      ) : (
        <ol className="chronologie">
          {violation.chronologie.map((c) => (
            <li key={c.id}>
              <span className="date">{dateHeure(c.at)}</span> — {c.action}
            </li>
          ))}
        </ol>
      )}
      {!readOnly && (
        <form onSubmit={ajouter} className="formulaire ajout-chronologie" noValidate>
          <DateHeure label="Date de l’action" value={quand} onValue={setQuand} />
          <TextField label="Action" hint="Par exemple : appel aux objets trouvés, plainte déposée au commissariat." value={action} onValue={setAction} maxLength={2000} />
          <ErrorMessage message={error} />
          <p className="actions">
            <button type="submit" className="bouton secondaire" disabled={busy}>
              Ajouter à la chronologie
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
