// The destinations with their last success and a status badge; test and remove for managers.
import { useState } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage, SuccessMessage } from '../../components/Messages.tsx';
import { dateHeure } from '../../format.ts';
import { useAction } from '../../hooks.ts';
import { ETATS, GENRES, type Destination, type Etat } from './types.ts';

function details(d: Destination): string {
  const c = d.config;
  if (d.kind === 'local') return `Dossier ${c.path}`;
  if (d.kind === 'sftp') return `${c.username}@${c.host}:${c.port}, dossier ${c.path}${c.hostKeySha256 ? ` — clé d’hôte ${c.hostKeySha256}` : ''}`;
  return `${c.endpoint ?? 'Amazon S3'}, bucket ${c.bucket}${c.prefix ? `, dossier ${c.prefix}` : ''} (clé d’accès ${c.accessKeyId})`;
}

export function ListeDestinations({ etat, reload }: { etat: Etat; reload: () => void }) {
  const { busy, error, run } = useAction();
  const [succes, setSucces] = useState<string | null>(null);
  const statut = new Map(etat.status.destinations.map((d) => [d.id, d]));
  // The read-only view has the status only, no configuration.
  const lignes = etat.canManage ? etat.destinations.map((d) => ({ id: d.id, label: d.label, kind: d.kind, dest: d as Destination | null })) : etat.status.destinations.map((d) => ({ ...d, dest: null }));

  const tester = (d: Destination) =>
    run(async () => {
      setSucces(null);
      await api.post(`/api/backups/destinations/${d.id}/test`);
      setSucces(`Connexion réussie à « ${d.label} ».`);
      reload();
    });
  const retirer = (d: Destination) =>
    run(async () => {
      if (!window.confirm(`Retirer « ${d.label} » des destinations ? Les sauvegardes déjà écrites sur place ne sont pas effacées.`)) return;
      setSucces(null);
      await api.del(`/api/backups/destinations/${d.id}`);
      setSucces(`« ${d.label} » retirée.`);
      reload();
    });

  return (
    <section aria-labelledby="titre-destinations" className="section">
      <h2 id="titre-destinations">Où vont vos sauvegardes</h2>
      <ErrorMessage message={error} />
      <SuccessMessage>{succes}</SuccessMessage>
      {lignes.length === 0 ? (
        <p>Aucune destination pour l’instant. Ajoutez-en au moins deux : un disque externe et un stockage en ligne.</p>
      ) : (
        <ul className="liste-destinations">
          {lignes.map((l) => {
            const s = statut.get(l.id);
            return (
              <li key={l.id}>
                <h3 className="destination-titre">
                  {l.label} {s && <span className={`badge-sauvegarde badge-${s.state}`}>{ETATS[s.state]}</span>}
                </h3>
                <p className="destination-details">{GENRES[l.kind]}{l.dest ? ` — ${details(l.dest)}` : ''}</p>
                <p>{s?.lastSuccessAt ? `Dernière sauvegarde réussie : ${dateHeure(s.lastSuccessAt)}.` : 'Aucune sauvegarde réussie pour l’instant.'}</p>
                {s && s.state !== 'ok' && s.state !== 'jamais' && <p className="message attention">{s.message}</p>}
                {l.dest && etat.canManage && (
                  <div className="actions">
                    <button type="button" className="bouton secondaire petit" disabled={busy} onClick={() => tester(l.dest!)}>
                      Tester la connexion
                    </button>
                    <button type="button" className="bouton secondaire petit" disabled={busy} onClick={() => retirer(l.dest!)}>
                      Retirer
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
