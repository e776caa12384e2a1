// The result of one scan: totals, per-folder summary, and the files.
import { useId } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { dateHeure } from '../../format.ts';
import { useLoad } from '../../hooks.ts';
import { ListeFichiers } from './ListeFichiers.tsx';
import { NonLus } from './NonLus.tsx';
import { ParDossier } from './ParDossier.tsx';
import { Totaux } from './Totaux.tsx';
import { pluriel, STATUTS, taille } from './libelles.ts';
import type { Detail } from './types.ts';

export function Resultat({ scanId }: { scanId: string }) {
  const id = useId();
  const { data, error } = useLoad(() => api.get<Detail>(`/api/scans/${encodeURIComponent(scanId)}?parPage=1`));
  const a = data?.analyse;
  return (
    <section aria-labelledby={`${id}-titre`} className="section resultat-analyse">
      <h2 id={`${id}-titre`}>Résultat de l’analyse{a ? ` du ${dateHeure(a.debut)}` : ''}</h2>
      <ErrorMessage message={error} />
      {!a ? (
        !error && <p>Chargement…</p>
      ) : (
        <>
          <p>
            <span className={`etiquette statut-${a.statut}`}>{STATUTS[a.statut]}</span> {a.dossiers.map((d) => d).join(', ')} : {pluriel(a.fichiers, 'fichier')} ({taille(a.octets)}),{' '}
            {pluriel(a.erreurs, 'fichier illisible', 'fichiers illisibles')}.
          </p>
          {a.echec && <p className="message attention">{a.echec}</p>}
          {a.statut === 'annulee' && <p className="message attention">Analyse annulée : seuls les fichiers lus avant l’annulation sont comptés.</p>}
          <Totaux totaux={a.totaux} />
          <NonLus nonLus={a.nonLus} imagesLues={a.imagesLues} />
          {data && <ParDossier dossiers={data.parDossier} />}
          <ListeFichiers scanId={a.id} />
        </>
      )}
    </section>
  );
}
