// Deleting a client: a second, explicit click, saying what goes with the record.
import { useState } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import { navigate } from '../../router.ts';
import { nomClient, pluriel } from './libelles.ts';
import type { StoredClient } from './types.ts';

export function SuppressionClient({ client, documents }: { client: StoredClient; documents: number }) {
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useAction();
  const name = nomClient(client);

  const remove = () =>
    void run(async () => {
      await api.del(`/api/clients/${encodeURIComponent(client.id)}`);
      navigate('/clients?supprime=1');
    });

  return (
    <section aria-labelledby="titre-suppression" className="section">
      <h2 id="titre-suppression">Supprimer la fiche</h2>
      <p className="aide">
        Pour répondre à une demande d’effacement, passez plutôt par « Droits des personnes » : Rempart y garde la preuve de la demande et conserve ce que la loi impose (factures).
      </p>
      {!confirming ? (
        <button type="button" className="bouton secondaire" onClick={() => setConfirming(true)}>
          Supprimer la fiche
        </button>
      ) : (
        <div className="encadre attention" role="group" aria-label="Confirmation de la suppression">
          <p>
            Supprimer définitivement la fiche de <strong>{name}</strong>
            {documents > 0 ? ` et ses ${pluriel(documents, 'document', 'documents')}` : ''} ? Cette action ne peut pas être annulée.
          </p>
          {client.hasInvoices && <p>Cette fiche a des factures : la loi impose de les garder 10 ans. Gardez-en une copie dans votre logiciel de facturation avant de supprimer.</p>}
          <div className="actions">
            <button type="button" className="bouton danger" disabled={busy} onClick={remove}>
              Confirmer la suppression
            </button>
            <button type="button" className="bouton secondaire" onClick={() => setConfirming(false)}>
              Annuler
            </button>
          </div>
        </div>
      )}
      <ErrorMessage message={error} />
    </section>
  );
}
