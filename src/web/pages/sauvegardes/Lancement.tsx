// « Sauvegarder maintenant » and « Exercice de restauration »: started in the background on the
// server, followed here by polling the run until it ends.
import { useEffect, useState } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { dateHeure } from '../../format.ts';
import { useAction } from '../../hooks.ts';
import { octets, STATUTS, type Etat, type Run } from './types.ts';

const PHASES: Record<string, string> = { instantane: 'Instantané de la base', envoi: 'Chiffrement et envoi', verification: 'Vérification', nettoyage: 'Nettoyage des anciennes sauvegardes' };

export function ResultatRun({ run }: { run: Run }) {
  return (
    <>
      <p>
        <span className={`badge-sauvegarde badge-${run.status}`}>{STATUTS[run.status]}</span> {run.kind === 'exercice' ? 'Exercice de restauration' : 'Sauvegarde'} du {dateHeure(run.startedAt)}
        {run.trigger === 'planifie' ? ' (automatique)' : run.trigger === 'cli' ? ' (ligne de commande)' : ''}
      </p>
      {run.results.length > 0 && (
        <ul>
          {run.results.map((r, i) => (
            <li key={`${r.destinationId}-${i}`}>
              {r.ok ? '✓' : '✗'} {r.message}
              {r.ok && r.uploadedBytes !== undefined && ` ${octets(r.uploadedBytes)} envoyé(s), ${r.reusedChunks ?? 0} morceau(x) déjà présent(s) non renvoyé(s).`}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function Lancement({ etat, reload }: { etat: Etat; reload: () => void }) {
  const { busy, error, run } = useAction();
  const [suivi, setSuivi] = useState<Run | null>(null);

  useEffect(() => {
    if (!suivi || suivi.status !== 'en_cours') return;
    const timer = window.setTimeout(() => {
      api.get<{ run: Run }>(`/api/backups/runs/${suivi.id}`).then(
        (r) => {
          setSuivi(r.run);
          if (r.run.status !== 'en_cours') reload();
        },
        () => undefined,
      );
    }, 700);
    return () => window.clearTimeout(timer);
  }, [suivi, reload]);

  const lancer = (quoi: 'run' | 'drill') =>
    run(async () => {
      const { runId } = await api.post<{ runId: string }>(`/api/backups/${quoi}`);
      setSuivi({ id: runId, kind: quoi === 'run' ? 'sauvegarde' : 'exercice', trigger: 'manuel', status: 'en_cours', startedAt: new Date().toISOString(), finishedAt: null, progress: null, results: [] });
    });

  const enCours = suivi?.status === 'en_cours' || etat.running;
  const p = suivi?.progress;
  return (
    <section aria-labelledby="titre-lancement" className="section">
      <h2 id="titre-lancement">Sauvegarder maintenant</h2>
      <p>
        {etat.settings.scheduleEnabled
          ? `Rempart sauvegarde automatiquement chaque jour vers ${etat.settings.scheduleHour} h${etat.settings.nextRunAt ? ` (prochaine : ${dateHeure(etat.settings.nextRunAt)})` : ''}, tant que le serveur Rempart est allumé ; s’il était éteint, la sauvegarde est faite dès son retour.`
          : 'La sauvegarde automatique est désactivée.'}
      </p>
      <div className="actions">
        <button type="button" className="bouton" disabled={busy || enCours || etat.destinations.length === 0} onClick={() => lancer('run')}>
          Sauvegarder maintenant
        </button>
        <button type="button" className="bouton secondaire" disabled={busy || enCours || etat.destinations.length === 0} onClick={() => lancer('drill')}>
          Faire un exercice de restauration
        </button>
      </div>
      <ErrorMessage message={error} />
      <div aria-live="polite">
        {suivi && suivi.status === 'en_cours' && (
          <>
            <p>{p ? `${PHASES[p.phase] ?? p.phase}…` : 'Démarrage…'}</p>
            {p && p.totalBytes > 0 && (
              <progress className="barre-sauvegarde" max={p.totalBytes} value={p.doneBytes} aria-label="Progression de la sauvegarde">
                {Math.round((100 * p.doneBytes) / p.totalBytes)} %
              </progress>
            )}
          </>
        )}
        {suivi && suivi.status !== 'en_cours' && <ResultatRun run={suivi} />}
      </div>
      <p className="aide">
        L’exercice de restauration, fait aussi automatiquement chaque mois, restaure la dernière sauvegarde dans un dossier temporaire et ouvre la base : c’est la preuve que vos sauvegardes servent vraiment.
      </p>
    </section>
  );
}

export function Historique({ etat }: { etat: Etat }) {
  return (
    <section aria-labelledby="titre-historique" className="section">
      <h2 id="titre-historique">Historique</h2>
      {etat.lastDrill && (
        <div className="encadre">
          <h3>Dernier exercice de restauration</h3>
          <ResultatRun run={etat.lastDrill} />
        </div>
      )}
      {etat.runs.length === 0 ? (
        <p>Aucune sauvegarde pour l’instant.</p>
      ) : (
        <ul className="liste-runs">
          {etat.runs.map((r) => (
            <li key={r.id}>
              <ResultatRun run={r} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
