// The next steps of a request: check the identity, extend, answer, refuse, close.
import { useId, useState } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage, SuccessMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import { MotifTransition } from './MotifTransition.tsx';
import type { RequestStatus, RightsRequest } from './types.ts';

export function Suivi({ request: r, onChange }: { request: RightsRequest; onChange: () => void }) {
  const id = useId();
  const [done, setDone] = useState<string | null>(null);
  const [verified, setVerified] = useState(false);
  const { busy, error, run } = useAction();
  const can = (s: RequestStatus) => r.allowedTransitions.includes(s);
  const identityPending = r.identityVerifiedAt === null && (r.identityCheckRequired || r.status === 'verification_identite');

  const move = (to: RequestStatus, success: string, extra: { reason?: string; identityVerified?: boolean } = {}) =>
    run(async () => {
      setDone(null);
      await api.post(`/api/rights/${encodeURIComponent(r.id)}/transition`, { to, ...extra });
      setDone(success);
      setVerified(false);
      onChange();
    });

  if (r.allowedTransitions.length === 0) {
    return (
      <section aria-labelledby={`${id}-titre`} className="section">
        <h2 id={`${id}-titre`}>Suivi</h2>
        <p>Demande clôturée : plus rien à faire.</p>
      </section>
    );
  }
  const refusable = can('refusee') && !(r.type === 'opposition' && r.aboutMarketing);
  const start = r.status === 'recue' && can('en_cours') && !identityPending;
  const askIdentity = can('verification_identite') && !identityPending && r.identityVerifiedAt === null;
  return (
    <section aria-labelledby={`${id}-titre`} className="section">
      <h2 id={`${id}-titre`}>Suivi</h2>
      {done && <SuccessMessage>{done}</SuccessMessage>}
      <ErrorMessage message={error} />
      {identityPending && (
        <div className="encadre attention">
          <p>Vérifiez l’identité du demandeur avant de répondre : sinon vous risquez d’envoyer ses données à quelqu’un d’autre.</p>
          {can('en_cours') && (
            <button type="button" className="bouton" disabled={busy} onClick={() => void move('en_cours', 'Identité vérifiée : la demande est en cours de traitement.', { identityVerified: true })}>
              L’identité est vérifiée
            </button>
          )}
        </div>
      )}
      {(start || askIdentity || can('cloturee')) && (
        <div className="actions">
          {start && (
            <button type="button" className="bouton secondaire" disabled={busy} onClick={() => void move('en_cours', 'La demande est en cours de traitement.')}>
              Commencer le traitement
            </button>
          )}
          {askIdentity && (
            <button type="button" className="bouton secondaire" disabled={busy} onClick={() => void move('verification_identite', 'Vérification d’identité demandée : attendez la preuve avant de répondre.')}>
              Demander une preuve d’identité
            </button>
          )}
          {can('cloturee') && (
            <button type="button" className="bouton" disabled={busy} onClick={() => void move('cloturee', 'Demande clôturée.')}>
              Clôturer la demande
            </button>
          )}
        </div>
      )}
      {can('repondue') && (
        <div className="sous-formulaire">
          <h3>Répondre</h3>
          <p className="aide">Une fois votre réponse envoyée à la personne (e-mail, courrier), notez-la ici : la date compte pour le respect du délai.</p>
          {identityPending && !can('en_cours') && (
            <div className="case">
              <input id={`${id}-verifiee`} type="checkbox" checked={verified} onChange={(e) => setVerified(e.target.checked)} />
              <label htmlFor={`${id}-verifiee`}>J’ai vérifié l’identité du demandeur</label>
            </div>
          )}
          <button
            type="button"
            className="bouton"
            disabled={busy}
            onClick={() => void move('repondue', 'Réponse enregistrée.', verified ? { identityVerified: true } : {})}
          >
            Marquer comme répondue
          </button>
        </div>
      )}
      {can('prolongee') && r.extension.possible && (
        <MotifTransition
          title="Prolonger le délai de deux mois"
          label="Motif de la prolongation (à communiquer à la personne)"
          hint="Possible une seule fois, pour une demande complexe ou des demandes nombreuses, en prévenant la personne avant la fin du premier mois."
          button="Prolonger le délai"
          busy={busy}
          onSubmit={(reason) => move('prolongee', 'Délai prolongé : prévenez la personne, avec le motif.', { reason })}
        />
      )}
      {!r.extension.possible && r.extension.reason && !r.deadline.answered && <p className="aide">{r.extension.reason}</p>}
      {refusable && (
        <MotifTransition
          title="Refuser la demande"
          label="Motif du refus (à communiquer à la personne)"
          hint="Le refus doit être motivé et rappeler à la personne qu’elle peut saisir la CNIL ou la justice."
          button="Refuser la demande"
          danger
          busy={busy}
          onSubmit={(reason) => move('refusee', 'Refus enregistré : envoyez le motif à la personne.', { reason })}
        />
      )}
      {can('refusee') && !refusable && <p className="aide">Une opposition à la prospection ne peut pas être refusée : elle s’applique sans condition.</p>}
    </section>
  );
}
