// One table of clients, each name a link to its page.
import { href } from '../../router.ts';
import { nomClient, STATUTS, telephone } from './libelles.ts';
import type { StoredClient } from './types.ts';

export function TableauClients({ clients, caption }: { clients: StoredClient[]; caption: string }) {
  return (
    <div className="tableau-defilant">
      <table className="tableau-clients tableau-lignes">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Nom</th>
            <th scope="col">Société</th>
            <th scope="col">E-mail</th>
            <th scope="col">Téléphone</th>
            <th scope="col">Ville</th>
            <th scope="col">Statut</th>
          </tr>
        </thead>
        <tbody>
          {clients.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <a href={href(`/clients?fiche=${c.id}`)}>{nomClient(c)}</a>
              </th>
              <td>{c.company ?? '—'}</td>
              <td>{c.emails[0] ?? '—'}</td>
              <td className="sans-retour">{c.phones[0] ? telephone(c.phones[0]) : '—'}</td>
              <td>{c.address?.ville ?? '—'}</td>
              <td>
                <span className={`etiquette statut-${c.status}`}>{STATUTS[c.status]}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
