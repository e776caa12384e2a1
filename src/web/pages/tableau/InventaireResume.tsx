// Dashboard card: the last scan (date and totals), or an invitation to run the first one.
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { dateHeure } from '../../format.ts';
import { useLoad } from '../../hooks.ts';
import { href } from '../../router.ts';
import { pluriel } from '../inventaire/libelles.ts';
import type { Historique } from '../inventaire/types.ts';

export function InventaireResume() {
  const { data, error } = useLoad(() => api.get<Historique>('/api/scans'));
  const derniere = data?.analyses.find((a) => a.statut === 'terminee');
  const enCours = data?.analyses.find((a) => a.statut === 'en_cours');
  return (
    <section aria-labelledby="titre-carte-inventaire" className="section">
      <h2 id="titre-carte-inventaire">Inventaire des données</h2>
      <ErrorMessage message={error} />
      {!data ? (
        !error && <p>Chargement…</p>
      ) : derniere ? (
        <p>
          Dernière analyse le {dateHeure(derniere.debut)} : {pluriel(derniere.fichiers, 'fichier')}, <strong>{pluriel(derniere.totaux.courantes, 'donnée courante', 'données courantes')}</strong> et{' '}
          <strong>{pluriel(derniere.totaux.sensibles, 'donnée sensible', 'données sensibles')}</strong>
          {derniere.erreurs > 0 ? `, ${pluriel(derniere.erreurs, 'fichier illisible', 'fichiers illisibles')}` : ''}.
        </p>
      ) : (
        <p>Vous n’avez pas encore analysé vos dossiers. Lancez une première analyse pour savoir quelles données personnelles vos fichiers contiennent, et où.</p>
      )}
      {enCours && <p>Une analyse est en cours.</p>}
      <p>
        <a href={href('/inventaire')}>{derniere ? 'Voir l’inventaire' : 'Lancer la première analyse'}</a>
      </p>
    </section>
  );
}
