// Dashboard card: the hygiene score and the next three things to do.
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useLoad } from '../../hooks.ts';
import { href } from '../../router.ts';
import { enRetard, impactEffort, jour, questionsSansReponse } from './libelles.ts';
import type { Hygiene } from './types.ts';

const NEXT = 3;

export function CarteHygiene() {
  const { data, error } = useLoad(() => api.get<Hygiene>('/api/hygiene'));
  const next = data ? data.actions.filter((a) => a.status === 'a-faire' || a.status === 'en-cours').slice(0, NEXT) : [];

  return (
    <section aria-labelledby="titre-hygiene" className="section">
      <h2 id="titre-hygiene">Hygiène de sécurité</h2>
      <ErrorMessage message={error} />
      {!data ? (
        !error && <p>Chargement…</p>
      ) : (
        <>
          <p className="carte-score">
            Score : <strong>{data.score.score ?? '—'}/100</strong>
            {data.score.level && <span className={`niveau niveau-${data.score.level.id}`}>{data.score.level.label}</span>}
            {data.score.unanswered > 0 && <span className="aide"> · {questionsSansReponse(data.score.unanswered)}</span>}
          </p>
          {next.length > 0 ? (
            <>
              <h3>Prochaines actions</h3>
              <ol className="prochaines-actions">
                {next.map((a) => (
                  <li key={a.id}>
                    <strong>{a.title}</strong>
                    <br />
                    <span className="aide">
                      {impactEffort(a)} · à faire avant le {jour(a.dueDate)}
                      {a.status === 'en-cours' && ' · en cours'}
                    </span>
                    {enRetard(a) && <span className="etiquette retard">En retard</span>}
                  </li>
                ))}
              </ol>
            </>
          ) : (
            <p>Aucune action en attente. Bravo !</p>
          )}
          <p>
            <a href={href('/hygiene')}>{data.score.unanswered > 0 ? 'Répondre au questionnaire et voir tout le plan' : 'Voir tout le plan d’action'}</a>
          </p>
        </>
      )}
    </section>
  );
}
