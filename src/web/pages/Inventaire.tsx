// « Inventaire »: scan a server-side folder for personal data, follow the progress, read the
// result (common vs sensitive data, per folder, per file) and the previous scans.
import { useState } from 'react';
import { api } from '../api.ts';
import { ErrorMessage } from '../components/Messages.tsx';
import { useLoad } from '../hooks.ts';
import { useMe } from '../session.tsx';
import { Historique } from './inventaire/Historique.tsx';
import { Lancement } from './inventaire/Lancement.tsx';
import { Resultat } from './inventaire/Resultat.tsx';
import { Suivi } from './inventaire/Suivi.tsx';
import type { Analyse, Historique as H } from './inventaire/types.ts';
import './inventaire/inventaire.css';

export function Inventaire() {
  const { user } = useMe();
  const owner = user.role === 'owner';
  const racines = useLoad(() => api.get<{ racines: string[] }>('/api/scans/roots'));
  const historique = useLoad(() => api.get<H>('/api/scans'));
  const [enCours, setEnCours] = useState<Analyse | null>(null);
  const [selection, setSelection] = useState<string | null>(null);
  const [finies, setFinies] = useState<string[]>([]);

  const analyses = historique.data?.analyses ?? [];
  // A scan already running (started in another tab, or before a reload) is followed too.
  const suivie = enCours ?? analyses.find((a) => a.statut === 'en_cours' && !finies.includes(a.id)) ?? null;
  const affichee = selection ?? (suivie ? null : (analyses[0]?.id ?? null));

  return (
    <>
      <h1>Inventaire des données personnelles</h1>
      <p>
        Savoir où sont les données de vos clients est la première étape du RGPD : l’inventaire compte, dossier par dossier et fichier par fichier, les adresses, téléphones, IBAN, numéros de
        sécurité sociale ou données de santé que contiennent vos fichiers. Votre registre des traitements s’en sert pour comparer ce que vous déclarez avec ce qui est réellement présent.
      </p>
      <ErrorMessage message={racines.error ?? historique.error} />
      {suivie ? (
        <Suivi
          key={suivie.id}
          initial={suivie}
          canCancel={owner}
          onEnd={(fin) => {
            setFinies((f) => [...f, fin.id]);
            setEnCours(null);
            setSelection(fin.id);
            historique.reload();
          }}
        />
      ) : owner ? (
        racines.data && (
          <Lancement
            racines={racines.data.racines}
            onStarted={(a) => {
              setSelection(null);
              setEnCours(a);
              historique.reload();
            }}
          />
        )
      ) : (
        <p className="message attention">Seul le propriétaire du compte peut lancer une analyse. Vous pouvez consulter les résultats ci-dessous.</p>
      )}
      {affichee && !suivie && <Resultat key={affichee} scanId={affichee} />}
      {historique.data && <Historique analyses={analyses} selection={affichee} onSelect={setSelection} />}
    </>
  );
}
