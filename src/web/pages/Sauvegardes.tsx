// « Sauvegardes »: where the encrypted backups go, whether they are fresh, run one now, the
// paper recovery key, the schedule. On a shared host the page is read-only (the administrator
// manages backups with `rempart backup`).
import { api } from '../api.ts';
import { ErrorMessage } from '../components/Messages.tsx';
import { useLoad } from '../hooks.ts';
import { useMe } from '../session.tsx';
import { AjoutDestination } from './sauvegardes/AjoutDestination.tsx';
import { CleSecours } from './sauvegardes/CleSecours.tsx';
import { EtatRegle321 } from './sauvegardes/EtatRegle321.tsx';
import { Historique, Lancement } from './sauvegardes/Lancement.tsx';
import { ListeDestinations } from './sauvegardes/ListeDestinations.tsx';
import { Reglages } from './sauvegardes/Reglages.tsx';
import type { Etat } from './sauvegardes/types.ts';
import './sauvegardes/sauvegardes.css';

export function Sauvegardes() {
  const { user } = useMe();
  const { data, error, reload } = useLoad(() => (user.role === 'owner' ? api.get<Etat>('/api/backups') : Promise.resolve(null)));

  return (
    <>
      <h1>Sauvegardes</h1>
      <p>
        Une sauvegarde copie votre fichier clients, votre registre, vos documents et vos réglages, chiffrés, vers plusieurs endroits. La règle à suivre, dite « 3-2-1 » : vos données à au moins deux
        endroits en plus de l’ordinateur (par exemple un disque externe et un stockage en ligne), dont un hors de vos locaux.
      </p>
      {user.role !== 'owner' ? (
        <p className="message attention">Seul le propriétaire du compte gère les sauvegardes.</p>
      ) : (
        <>
          <ErrorMessage message={error} />
          {!data ? (
            !error && <p>Chargement…</p>
          ) : (
            <>
              <EtatRegle321 etat={data} />
              {!data.canManage && (
                <p className="message attention">Ce serveur Rempart est partagé entre plusieurs entreprises : ses sauvegardes sont gérées par son administrateur. Vous voyez ici leur état.</p>
              )}
              <ListeDestinations etat={data} reload={reload} />
              {data.canManage && (
                <>
                  <Lancement etat={data} reload={reload} />
                  <AjoutDestination onAdded={reload} />
                  <CleSecours etat={data} reload={reload} />
                  <Reglages key={JSON.stringify(data.settings)} reglages={data.settings} onSaved={reload} />
                </>
              )}
              <Historique etat={data} />
            </>
          )}
        </>
      )}
    </>
  );
}
