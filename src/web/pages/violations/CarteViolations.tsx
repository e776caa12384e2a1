// Dashboard card: open incidents and their 72-hour clocks.
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useLoad } from '../../hooks.ts';
import { href } from '../../router.ts';
import { Horloge } from './Horloge.tsx';
import { lienAssistant } from './ListeViolations.tsx';
import type { Liste } from './types.ts';

export function CarteViolations() {
  const { data, error } = useLoad(() => api.get<Liste>('/api/breaches'));
  const ouvertes = data ? data.violations.filter((v) => v.statut !== 'closed') : [];
  return (
    <section aria-labelledby="titre-carte-violations" className={`section ${ouvertes.some((v) => v.horloge.etat === 'en-cours' || v.horloge.etat === 'depasse') ? 'carte-urgente' : ''}`}>
      <h2 id="titre-carte-violations">Violations de données</h2>
      <ErrorMessage message={error} />
      {!data ? (
        !error && <p>Chargement…</p>
      ) : ouvertes.length === 0 ? (
        <p>Aucun incident en cours. En cas de perte, de vol ou d’erreur d’envoi, déclarez-le aussitôt : le délai de 72 heures court dès la découverte.</p>
      ) : (
        <ul className="incidents-ouverts">
          {ouvertes.map((v) => (
            <li key={v.id}>
              <a href={href(lienAssistant(v.id, v.statut === 'draft' ? 1 : 6))}>{v.titre || 'Incident sans titre'}</a> <Horloge horloge={v.horloge} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={href('/violations')}>{ouvertes.length > 0 ? 'Voir le registre des violations' : 'Déclarer un incident'}</a>
      </p>
    </section>
  );
}
