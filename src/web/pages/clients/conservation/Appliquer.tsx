// The purge: sends back the counts of the preview read; the server refuses if they changed.
import { useState } from 'react';
import { api, ApiError } from '../../../api.ts';
import { ErrorMessage, SuccessMessage } from '../../../components/Messages.tsx';
import { useAction } from '../../../hooks.ts';
import { jour, pluriel } from '../libelles.ts';
import type { PurgeReport, RetentionPreview } from './types.ts';

interface Props {
  owner: boolean;
  expected: RetentionPreview['expected'];
  onApplied: () => void;
}

export function Appliquer({ owner, expected, onApplied }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<PurgeReport | null>(null);
  const { busy, error, setError, run } = useAction();
  const n = expected.supprimer + expected.anonymiser;
  const what = `supprimer ${pluriel(expected.supprimer, 'fiche', 'fiches')} et en anonymiser ${expected.anonymiser}`;

  const apply = () =>
    void run(async () => {
      try {
        const { report } = await api.post<{ report: PurgeReport }>('/api/retention/apply', { confirm: true, expected });
        setConfirming(false);
        setDone(report);
        onApplied();
      } catch (e) {
        // The file changed since the preview: show the new one, with the server's explanation.
        if (e instanceof ApiError && e.code === 'APERCU_PERIME') {
          setConfirming(false);
          onApplied();
        }
        throw e;
      }
    });

  if (n === 0 && !done && !error) return null;
  return (
    <div className="sous-formulaire">
      {done && (
        <SuccessMessage>
          Purge faite le {jour(done.date)} : {pluriel(done.supprimees, 'fiche supprimée', 'fiches supprimées')}, {pluriel(done.anonymisees, 'fiche anonymisée', 'fiches anonymisées')},{' '}
          {pluriel(done.documentsSupprimes, 'document supprimé', 'documents supprimés')}.
        </SuccessMessage>
      )}
      <ErrorMessage message={error} />
      {n > 0 && !owner && <p className="aide">Seul le propriétaire du compte peut appliquer les durées de conservation.</p>}
      {n > 0 && owner && !confirming && (
        <button
          type="button"
          className="bouton"
          onClick={() => {
            setError(null);
            setDone(null);
            setConfirming(true);
          }}
        >
          Appliquer : {what}
        </button>
      )}
      {n > 0 && owner && confirming && (
        <div className="encadre attention" role="group" aria-label="Confirmation de la purge">
          <p>
            Vous allez {what}, exactement comme dans l’aperçu ci-dessus. C’est définitif. Si le fichier a changé entre-temps, rien ne sera fait et un nouvel aperçu s’affichera.
          </p>
          <div className="actions">
            <button type="button" className="bouton danger" disabled={busy} onClick={apply}>
              Confirmer : {what}
            </button>
            <button type="button" className="bouton secondaire" onClick={() => setConfirming(false)}>
              Annuler
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
