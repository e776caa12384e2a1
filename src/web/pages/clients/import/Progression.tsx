// Step 3: the import job, polled until it ends, then its result.
import { useEffect, useId, useState } from 'react';
import { api, errorMessage } from '../../../api.ts';
import { ErrorMessage, SuccessMessage } from '../../../components/Messages.tsx';
import { href } from '../../../router.ts';
import { pluriel } from '../libelles.ts';
import type { ImportJob } from '../types.ts';

const POLL_MS = 400;
const ETAPES: Record<ImportJob['etape'], string> = { chiffrement: 'Chiffrement des fiches', enregistrement: 'Enregistrement', termine: 'Terminé' };

export function Progression({ jobId, initial, onRestart }: { jobId: string; initial: ImportJob; onRestart: () => void }) {
  const id = useId();
  const [job, setJob] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (job.state !== 'en_cours') return;
    let live = true;
    const timer = setTimeout(() => {
      api.get<ImportJob>(`/api/clients/import/jobs/${encodeURIComponent(jobId)}`).then(
        (next) => live && setJob(next),
        (e: unknown) => live && setError(errorMessage(e)),
      );
    }, POLL_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [job, jobId]);

  const r = job.result;
  return (
    <section aria-labelledby={`${id}-titre`} className="section progression">
      <h2 id={`${id}-titre`}>Import en cours</h2>
      <label htmlFor={`${id}-barre`}>Progression de l’import</label>
      <progress id={`${id}-barre`} max={100} value={job.progression}>
        {job.progression} %
      </progress>
      <p role="status">
        {job.state === 'en_cours' ? `${ETAPES[job.etape]} : ${job.done} sur ${job.total} (${job.progression} %)` : job.state === 'termine' ? 'Import terminé (100 %).' : 'Import interrompu.'}
      </p>
      <ErrorMessage message={error ?? job.erreur} />
      {job.state === 'termine' && r && (
        <>
          <SuccessMessage>
            Import terminé : {pluriel(r.importes, 'client importé', 'clients importés')}
            {r.doublonsIgnores > 0 ? `, ${pluriel(r.doublonsIgnores, 'doublon ignoré', 'doublons ignorés')}` : ''}
            {r.avertissements > 0 ? `, ${pluriel(r.avertissements, 'avertissement', 'avertissements')}` : ''}.
          </SuccessMessage>
          <div className="actions">
            <a className="bouton" href={href('/clients')}>
              Voir la liste des clients
            </a>
            <button type="button" className="bouton secondaire" onClick={onRestart}>
              Importer un autre fichier
            </button>
          </div>
        </>
      )}
      {job.state === 'echec' && (
        <button type="button" className="bouton secondaire" onClick={onRestart}>
          Recommencer
        </button>
      )}
    </section>
  );
}
