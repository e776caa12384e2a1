// The facts of a request: dates, channel, identity check, answer, and the requester.
import type { ReactNode } from 'react';
import { jour } from '../clients/libelles.ts';
import type { RightsRequest } from './types.ts';

function Ligne({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function identite(r: RightsRequest): string {
  if (r.identityVerifiedAt) return `Vérifiée le ${jour(r.identityVerifiedAt)}`;
  return r.identityCheckRequired ? 'À vérifier avant de répondre' : 'Pas de vérification nécessaire';
}

export function DetailsDemande({ request: r }: { request: RightsRequest }) {
  return (
    <div className="fiche-colonnes">
      <section aria-labelledby="titre-details-demande" className="section">
        <h2 id="titre-details-demande">La demande</h2>
        <dl className="fiche-details">
          <Ligne label="Reçue le">{jour(r.receivedAt)}</Ligne>
          <Ligne label="Reçue par">{r.channelLabel}</Ligne>
          <Ligne label="À répondre avant le">{jour(r.dueDate)}</Ligne>
          {r.extendedAt && <Ligne label="Délai prolongé le">{`${jour(r.extendedAt)} (échéance initiale : ${jour(r.firstDueDate)})`}</Ligne>}
          <Ligne label="Motif de la prolongation">{r.extensionReason}</Ligne>
          <Ligne label="Identité du demandeur">{identite(r)}</Ligne>
          {r.type === 'opposition' && <Ligne label="Concerne la prospection">{r.aboutMarketing ? 'Oui' : 'Non'}</Ligne>}
          <Ligne label={r.status === 'refusee' ? 'Refusée le' : 'Répondue le'}>{r.answeredAt && jour(r.answeredAt)}</Ligne>
          <Ligne label="Motif du refus">{r.refusalReason}</Ligne>
          <Ligne label="Clôturée le">{r.closedAt && jour(r.closedAt)}</Ligne>
          <Ligne label="Effacement fait le">{r.erasedAt && jour(r.erasedAt)}</Ligne>
        </dl>
      </section>
      <section aria-labelledby="titre-demandeur" className="section">
        <h2 id="titre-demandeur">Le demandeur</h2>
        <dl className="fiche-details">
          <Ligne label="Nom">{r.requester.name}</Ligne>
          <Ligne label="Coordonnées">{r.requester.contact}</Ligne>
          <Ligne label="Message">{r.requester.message && <span className="texte-libre">{r.requester.message}</span>}</Ligne>
          <Ligne label="Notes internes">{r.notes && <span className="texte-libre">{r.notes}</span>}</Ligne>
        </dl>
      </section>
    </div>
  );
}
