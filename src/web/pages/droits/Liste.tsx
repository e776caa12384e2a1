// The register of requests: open ones first, by deadline.
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useLoad } from '../../hooks.ts';
import { href } from '../../router.ts';
import { jour, pluriel } from '../clients/libelles.ts';
import { Echeance } from './Echeance.tsx';
import type { RequestList } from './types.ts';

export function Liste() {
  const { data, error } = useLoad(() => api.get<RequestList>('/api/rights'));
  if (!data) return error ? <ErrorMessage message={error} /> : <p>Chargement…</p>;
  const { requests, counts } = data;
  if (requests.length === 0) return <p className="encadre">Aucune demande enregistrée pour l’instant.</p>;
  return (
    <>
      <ul className="compteurs" aria-label="Résumé des demandes">
        <li className={counts.depassee > 0 ? 'compteur-alerte' : undefined}>
          <strong>{counts.depassee}</strong> en retard
        </li>
        <li className={counts.bientot > 0 ? 'compteur-attention' : undefined}>
          <strong>{counts.bientot}</strong> à échéance sous 7 jours
        </li>
        <li>
          <strong>{counts.total}</strong> au total
        </li>
      </ul>
      <div className="tableau-defilant">
        <table className="tableau-lignes">
          <caption>{pluriel(requests.length, 'demande', 'demandes')} : les demandes à traiter d’abord, par échéance</caption>
          <thead>
            <tr>
              <th scope="col">Demande</th>
              <th scope="col">Demandeur</th>
              <th scope="col">Reçue le</th>
              <th scope="col">Échéance</th>
              <th scope="col">Délai</th>
              <th scope="col">Statut</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <a href={href(`/droits?demande=${r.id}`)}>{r.typeLabel}</a>
                </th>
                <td>{r.requester.name ?? r.requester.contact ?? '—'}</td>
                <td className="sans-retour">{jour(r.receivedAt)}</td>
                <td className="sans-retour">{jour(r.dueDate)}</td>
                <td>
                  <Echeance deadline={r.deadline} />
                </td>
                <td>{r.statusLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
