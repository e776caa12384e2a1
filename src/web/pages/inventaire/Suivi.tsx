// A running scan: progress bar, figures, time left, and the cancel button. Polls the server.
import { useEffect, useId, useState } from 'react';
import { api, errorMessage } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { duree, pluriel, taille } from './libelles.ts';
import type { Analyse, Detail } from './types.ts';

const POLL_MS = 500;

/** What the live region says: coarse steps, so that a screen reader is not flooded. */
function annonce(a: Analyse): string {
  const p = a.progression;
  if (!p) return '';
  if (p.pourcentage !== null) return `Analyse en cours : ${Math.floor(p.pourcentage / 10) * 10} %.`;
  return `Analyse en cours : ${pluriel(Math.floor(p.fichiers / 100) * 100, 'fichier analysé', 'fichiers analysés')} au moins.`;
}

export function Suivi({ initial, canCancel, onEnd }: { initial: Analyse; canCancel: boolean; onEnd: (analyse: Analyse) => void }) {
  const id = useId();
  const [analyse, setAnalyse] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);

  useEffect(() => {
    if (analyse.statut !== 'en_cours') {
      onEnd(analyse);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      api.get<Detail>(`/api/scans/${encodeURIComponent(analyse.id)}?parPage=1`).then(
        (d) => live && setAnalyse(d.analyse),
        (e: unknown) => live && setError(errorMessage(e)),
      );
    }, POLL_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [analyse]);

  async function cancel() {
    setCancelling(true);
    try {
      const res = await api.post<{ analyse: Analyse }>(`/api/scans/${encodeURIComponent(analyse.id)}/cancel`);
      setAnalyse(res.analyse);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setCancelling(false);
    }
  }

  const p = analyse.progression;
  const pct = p?.pourcentage ?? null;
  return (
    <section aria-labelledby={`${id}-titre`} className="section progression">
      <h2 id={`${id}-titre`}>Analyse en cours</h2>
      <p className="aide">{analyse.dossiers.join(', ')}</p>
      <label htmlFor={`${id}-barre`}>Progression de l’analyse</label>
      {pct === null ? (
        <progress id={`${id}-barre`} aria-valuetext="Progression en cours de calcul" />
      ) : (
        <progress id={`${id}-barre`} max={100} value={pct} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-valuetext={`${pct} %`}>
          {pct} %
        </progress>
      )}
      {p && (
        <dl className="chiffres-analyse">
          <div>
            <dt>Fichiers</dt>
            <dd>
              {p.fichiers.toLocaleString('fr-FR')}
              {p.totalFichiers !== null && ` sur ${p.totalFichiers.toLocaleString('fr-FR')}`}
            </dd>
          </div>
          <div>
            <dt>Volume lu</dt>
            <dd>
              {taille(p.octets)}
              {p.totalOctets !== null && ` sur ${taille(p.totalOctets)}`}
            </dd>
          </div>
          <div>
            <dt>Données trouvées</dt>
            <dd>{p.donnees.toLocaleString('fr-FR')}</dd>
          </div>
          <div>
            <dt>Temps restant estimé</dt>
            <dd>{p.resteSecondes === null ? 'en cours d’estimation' : duree(p.resteSecondes)}</dd>
          </div>
        </dl>
      )}
      <p role="status" aria-live="polite" className="sr-only">
        {annonce(analyse)}
      </p>
      <ErrorMessage message={error} />
      {canCancel && (
        <button type="button" className="bouton secondaire" onClick={() => void cancel()} disabled={cancelling}>
          {cancelling ? 'Annulation…' : 'Annuler l’analyse'}
        </button>
      )}
    </section>
  );
}
