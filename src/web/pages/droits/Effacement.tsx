// Erasure (art. 17): before the definitive click, what will be erased, what will remain and why.
import { useId, useState } from 'react';
// The same rule the server applies, so the wording shown before matches the report after.
import { whatRemainsAfterErasure } from '../../../core/rights/erasure.ts';
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { nomClient, pluriel } from '../clients/libelles.ts';
import type { ClientRead } from '../clients/types.ts';
import { CeQuiReste } from './RapportEffacement.tsx';
import type { FichierANettoyer, RightsRequest } from './types.ts';

/** Documents that prove facts in a dispute, kept with a litigation (as src/rights/erasure.ts). */
const LITIGATION_KINDS = new Set(['devis', 'contrat', 'autre']);

function Blocage({ children }: { children: string }) {
  return (
    <section aria-labelledby="titre-effacement" className="section">
      <h2 id="titre-effacement">Effacement des données</h2>
      <p className="message attention">{children}</p>
    </section>
  );
}

export function Effacement({ request: r, onErased }: { request: RightsRequest; onErased: (fichiers: FichierANettoyer[]) => void }) {
  if (r.status === 'refusee' || r.status === 'cloturee') return <Blocage>La demande est refusée ou clôturée : rien ne sera effacé.</Blocage>;
  if (r.clientId === null) return <Blocage>Reliez d’abord la demande à la fiche client de la personne (ci-dessus) : Rempart saura alors quoi effacer.</Blocage>;
  if (r.identityCheckRequired && r.identityVerifiedAt === null) {
    return <Blocage>Vérifiez d’abord l’identité du demandeur : effacer sur une demande usurpée ferait perdre ses données à la vraie personne.</Blocage>;
  }
  return <Preparation request={r} clientId={r.clientId} onErased={onErased} />;
}

function Preparation({ request: r, clientId, onErased }: { request: RightsRequest; clientId: string; onErased: (fichiers: FichierANettoyer[]) => void }) {
  const id = useId();
  const { data, error: loadError } = useLoad(() => api.get<ClientRead>(`/api/clients/${encodeURIComponent(clientId)}`));
  const [contract, setContract] = useState(false);
  const [litigation, setLitigation] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useAction();

  if (!data) return loadError ? <Blocage>{loadError}</Blocage> : <p>Chargement de la fiche…</p>;
  const { client, documents } = data;
  const invoices = documents.filter((d) => d.kind === 'facture').length;
  const outcome = whatRemainsAfterErasure({ hasInvoices: client.hasInvoices, lastInvoiceAt: client.lastInvoiceAt, ongoingContract: contract, litigation });
  const kept = contract ? documents.length : client.hasInvoices || litigation ? documents.filter((d) => d.kind === 'facture' || (litigation && LITIGATION_KINDS.has(d.kind))).length : 0;
  const removed = documents.length - kept;
  const keptKinds = [invoices > 0 ? 'factures' : '', litigation && documents.some((d) => LITIGATION_KINDS.has(d.kind)) ? 'pièces utiles au litige' : ''].filter(Boolean).join(' et ');
  const mode = contract
    ? 'Effacement partiel : les notes, la source et l’historique de prospection sont effacés ; la fiche et ses documents restent, nécessaires au contrat.'
    : client.hasInvoices || litigation
      ? `La fiche sera anonymisée : nom, coordonnées, adresse et notes effacés. ${pluriel(removed, 'document supprimé', 'documents supprimés')}, ${pluriel(kept, 'conservé', 'conservés')}${keptKinds ? ` (${keptKinds})` : ''}.`
      : `La fiche sera supprimée, avec ${pluriel(documents.length, 'document', 'documents')}.`;

  const erase = () =>
    void run(async () => {
      const res = await api.post<{ fichiersANettoyer?: FichierANettoyer[] }>(`/api/rights/${encodeURIComponent(r.id)}/erase`, { confirm: true, ongoingContract: contract, litigation });
      onErased(res.fichiersANettoyer ?? []);
    });

  return (
    <section aria-labelledby={`${id}-titre`} className="section">
      <h2 id={`${id}-titre`}>Effacer les données de {nomClient(client)}</h2>
      <p>Le droit à l’effacement n’est pas absolu : la loi impose d’en garder une partie. Répondez à ces deux questions, Rempart vous dit ce qui restera.</p>
      <div className="case">
        <input id={`${id}-contrat`} type="checkbox" checked={contract} onChange={(e) => {
            setContract(e.target.checked);
            setConfirming(false);
          }} />
        <label htmlFor={`${id}-contrat`}>Un contrat est en cours avec cette personne (chantier, prestation pas encore terminée)</label>
      </div>
      <div className="case">
        <input id={`${id}-litige`} type="checkbox" checked={litigation} onChange={(e) => {
            setLitigation(e.target.checked);
            setConfirming(false);
          }} />
        <label htmlFor={`${id}-litige`}>Un litige est en cours ou prévisible avec cette personne</label>
      </div>
      <p>
        <strong>{mode}</strong>
      </p>
      <h3>Ce qui sera effacé</h3>
      <ul>
        {outcome.erased.map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ul>
      <CeQuiReste kept={outcome.kept} caption="Ce qui restera, et pourquoi" />
      {!confirming ? (
        <div className="actions">
          <button type="button" className="bouton danger" onClick={() => setConfirming(true)}>
            Effacer les données
          </button>
        </div>
      ) : (
        <div className="encadre attention" role="group" aria-label="Confirmation de l’effacement">
          <p>L’effacement est définitif : les données effacées ne pourront pas être récupérées. Ce qui restera est indiqué ci-dessus.</p>
          <div className="actions">
            <button type="button" className="bouton danger" disabled={busy} onClick={erase}>
              Confirmer l’effacement définitif
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
