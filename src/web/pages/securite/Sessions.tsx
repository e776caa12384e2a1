// Where the account is signed in, with a way to close the other sessions.
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { appareil, dateHeure } from '../../format.ts';
import { useAction, useLoad } from '../../hooks.ts';
import type { SessionInfo } from '../../types.ts';

export function Sessions() {
  const { data, error: loadError, reload } = useLoad(() => api.get<{ sessions: SessionInfo[] }>('/api/sessions'));
  const { busy, error, run } = useAction();

  const revoke = (id: string) =>
    void run(async () => {
      await api.del(`/api/sessions/${encodeURIComponent(id)}`);
      reload();
    });

  return (
    <section aria-labelledby="titre-sessions" className="section">
      <h2 id="titre-sessions">Sessions ouvertes</h2>
      <p>Les appareils actuellement connectés à votre compte. Si vous n’en reconnaissez pas un, révoquez-le puis changez votre mot de passe.</p>
      <ErrorMessage message={loadError ?? error} />
      {!data ? (
        !loadError && <p>Chargement…</p>
      ) : (
        <div className="tableau-defilant">
          <table>
            <thead>
              <tr>
                <th scope="col">Appareil</th>
                <th scope="col">Adresse IP</th>
                <th scope="col">Ouverte le</th>
                <th scope="col">Dernière activité</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {data.sessions.map((s) => (
                <tr key={s.id}>
                  <td title={s.userAgent ?? undefined}>{appareil(s.userAgent)}</td>
                  <td>{s.ip ?? '—'}</td>
                  <td>{dateHeure(s.createdAt)}</td>
                  <td>{dateHeure(s.lastSeenAt)}</td>
                  <td>
                    {s.current ? (
                      <span className="etiquette">Cette session</span>
                    ) : (
                      <button type="button" className="bouton petit secondaire" disabled={busy} onClick={() => revoke(s.id)}>
                        Révoquer<span className="sr-only"> la session ouverte le {dateHeure(s.createdAt)}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
