// Dashboard card: the last successful backup per destination, and what needs attention
// (a failing destination, a backup older than 48 hours, the 3-2-1 rule not met).
import { api } from '../../api.ts';
import { dateHeure } from '../../format.ts';
import { useLoad } from '../../hooks.ts';
import { href } from '../../router.ts';
import { useMe } from '../../session.tsx';
import { ETATS, type Etat } from '../sauvegardes/types.ts';
import '../sauvegardes/sauvegardes.css';

export function SauvegardesEtat() {
  const { user } = useMe();
  if (user.role !== 'owner') return null;
  return <Carte />;
}

function Carte() {
  const { data, error } = useLoad(() => api.get<Etat>('/api/backups'));
  if (error) return null;
  const alerte = data && !data.status.ok;
  return (
    <section aria-labelledby="titre-carte-sauvegardes" className={`section ${alerte ? 'carte-sauvegardes-alerte' : ''}`}>
      <h2 id="titre-carte-sauvegardes">Sauvegardes</h2>
      {!data ? (
        <p>Chargement…</p>
      ) : (
        <>
          {data.status.destinations.length > 0 && (
            <ul className="liste-etat-sauvegardes">
              {data.status.destinations.map((d) => (
                <li key={d.id}>
                  <span className={`badge-sauvegarde badge-${d.state}`}>{ETATS[d.state]}</span> {d.label} :{' '}
                  {d.lastSuccessAt ? `dernière sauvegarde réussie le ${dateHeure(d.lastSuccessAt)}` : 'aucune sauvegarde réussie'}
                </li>
              ))}
            </ul>
          )}
          {data.status.ok ? (
            <p>Règle 3-2-1 respectée : des copies à jour à plusieurs endroits, dont une hors de vos locaux.</p>
          ) : (
            <ul className="avis">
              {data.status.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <p>
            <a href={href('/sauvegardes')}>{data.status.destinations.length === 0 ? 'Mettre en place les sauvegardes' : 'Ouvrir les sauvegardes'}</a>
          </p>
        </>
      )}
    </section>
  );
}
