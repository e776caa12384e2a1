// Closing an incident once handled; it stays in the register (article 33.5), and can be reopened.
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import type { EtapeProps } from './Assistant.tsx';
import type { Violation } from './types.ts';

export function Cloture({ violation, readOnly, remplacer }: EtapeProps) {
  const { busy, error, run } = useAction();
  if (readOnly || !violation.decision) return null;
  const close = violation.statut === 'closed';
  const basculer = () =>
    run(async () => {
      remplacer((await api.post<{ violation: Violation }>(`/api/breaches/${violation.id}/close`, { closed: !close })).violation);
    });
  return (
    <section aria-labelledby="titre-cloture" className="sous-section">
      <h3 id="titre-cloture">{close ? 'Incident clôturé' : 'Terminer'}</h3>
      <p className="aide">
        {close
          ? 'L’incident reste dans votre registre. Rouvrez-le si vous apprenez du nouveau.'
          : 'Quand tout est fait (notification, information des personnes, mesures), clôturez l’incident : il reste dans votre registre.'}
      </p>
      <ErrorMessage message={error} />
      <p className="actions">
        <button type="button" className="bouton secondaire" disabled={busy} onClick={() => void basculer()}>
          {close ? 'Rouvrir l’incident' : 'Clôturer l’incident'}
        </button>
      </p>
    </section>
  );
}
