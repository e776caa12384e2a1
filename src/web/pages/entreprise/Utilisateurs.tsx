// People who can sign in for this business; the owner adds and removes them.
import { useState } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage, SuccessMessage } from '../../components/Messages.tsx';
import { ROLES } from '../../format.ts';
import { useAction, useLoad } from '../../hooks.ts';
import type { User } from '../../types.ts';
import { AjoutUtilisateur } from './AjoutUtilisateur.tsx';
import { MotDePasseProvisoire } from './MotDePasseProvisoire.tsx';

export function Utilisateurs({ owner, selfId }: { owner: boolean; selfId: string }) {
  const { data, error: loadError, reload } = useLoad(() => api.get<{ users: User[] }>('/api/users'));
  const [confirming, setConfirming] = useState<string | null>(null);
  const [settingPassword, setSettingPassword] = useState<string | null>(null);
  const [passwordSet, setPasswordSet] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  const remove = (id: string) =>
    void run(async () => {
      await api.del(`/api/users/${encodeURIComponent(id)}`);
      setConfirming(null);
      reload();
    });

  const target = settingPassword ? data?.users.find((u) => u.id === settingPassword) : undefined;

  return (
    <section aria-labelledby="titre-utilisateurs" className="section">
      <h2 id="titre-utilisateurs">Utilisateurs</h2>
      <ErrorMessage message={loadError ?? error} />
      {data && (
        <div className="tableau-defilant">
          <table>
            <thead>
              <tr>
                <th scope="col">Nom</th>
                <th scope="col">Adresse e-mail</th>
                <th scope="col">Rôle</th>
                <th scope="col">Double authentification</th>
                {owner && <th scope="col">Action</th>}
              </tr>
            </thead>
            <tbody>
              {data.users.map((u) => (
                <tr key={u.id}>
                  <td>
                    {u.nom}
                    {u.id === selfId && ' (vous)'}
                    {u.accessPending && <span className="etiquette attention">Accès aux données en attente</span>}
                  </td>
                  <td>{u.email}</td>
                  <td>{ROLES[u.role]}</td>
                  <td>{u.totpEnabled ? 'Activée' : 'Non activée'}</td>
                  {owner && (
                    <td>
                      {u.role === 'owner' ? (
                        '—'
                      ) : confirming === u.id ? (
                        <span className="actions">
                          <button type="button" className="bouton petit danger" disabled={busy} onClick={() => remove(u.id)}>
                            Confirmer le retrait<span className="sr-only"> de {u.nom}</span>
                          </button>
                          <button type="button" className="bouton petit secondaire" onClick={() => setConfirming(null)}>
                            Annuler
                          </button>
                        </span>
                      ) : (
                        <span className="actions">
                          <button
                            type="button"
                            className="bouton petit secondaire"
                            aria-expanded={settingPassword === u.id}
                            onClick={() => {
                              setPasswordSet(null);
                              setSettingPassword(settingPassword === u.id ? null : u.id);
                            }}
                          >
                            Définir un mot de passe<span className="sr-only"> pour {u.nom}</span>
                          </button>
                          <button type="button" className="bouton petit secondaire" onClick={() => setConfirming(u.id)}>
                            Retirer<span className="sr-only"> {u.nom}</span>
                          </button>
                        </span>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!data && !loadError && <p>Chargement…</p>}
      {target && (
        <MotDePasseProvisoire
          key={target.id}
          user={target}
          onCancel={() => setSettingPassword(null)}
          onDone={() => {
            setPasswordSet(target.nom);
            setSettingPassword(null);
            reload();
          }}
        />
      )}
      {passwordSet && (
        <SuccessMessage>
          Nouveau mot de passe provisoire enregistré pour {passwordSet}. Transmettez-le-lui de vive voix ou par SMS : ses anciennes sessions ont été fermées.
        </SuccessMessage>
      )}
      {owner && <AjoutUtilisateur onAdded={reload} />}
    </section>
  );
}
