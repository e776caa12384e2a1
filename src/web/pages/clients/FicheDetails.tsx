// Every field of a client record, as a description list per theme.
import type { ReactNode } from 'react';
import { BASES_LEGALES, CANAUX_CONSENTEMENT, jour, STATUTS, telephone } from './libelles.ts';
import type { StoredClient } from './types.ts';

function Ligne({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children === null || children === undefined || children === '' || children === false ? <span className="vide">Non renseigné</span> : children}</dd>
    </div>
  );
}

function Liste({ values }: { values: string[] }) {
  if (values.length === 1) return <>{values[0]}</>;
  return (
    <ul className="liste-compacte">
      {values.map((v, i) => (
        <li key={v}>
          {v}
          {i === 0 && <span className="aide"> (principal)</span>}
        </li>
      ))}
    </ul>
  );
}

export function FicheDetails({ client: c }: { client: StoredClient }) {
  const consent = c.marketingConsent;
  const address = c.address;
  return (
    <div className="fiche-colonnes">
      <section aria-labelledby="titre-coordonnees" className="section">
        <h2 id="titre-coordonnees">Coordonnées</h2>
        <dl className="fiche-details">
          <Ligne label="Civilité">{c.civilite}</Ligne>
          <Ligne label="Nom">{c.nom}</Ligne>
          <Ligne label="Prénom">{c.prenom}</Ligne>
          <Ligne label="Société">{c.company}</Ligne>
          <Ligne label="E-mails">{c.emails.length > 0 && <Liste values={c.emails} />}</Ligne>
          <Ligne label="Téléphones">{c.phones.length > 0 && <Liste values={c.phones.map(telephone)} />}</Ligne>
          <Ligne label="Adresse">
            {address && (
              <span className="texte-libre">
                {[...address.lignes, [address.codePostal, address.ville].filter(Boolean).join(' '), address.pays === 'France' ? '' : address.pays].filter(Boolean).join('\n')}
              </span>
            )}
          </Ligne>
          <Ligne label="Notes">{c.notes && <span className="texte-libre">{c.notes}</span>}</Ligne>
        </dl>
      </section>
      <section aria-labelledby="titre-relation" className="section">
        <h2 id="titre-relation">Relation et RGPD</h2>
        <dl className="fiche-details">
          <Ligne label="Statut">{STATUTS[c.status]}</Ligne>
          <Ligne label="Source">{c.source}</Ligne>
          <Ligne label="Date de collecte">{jour(c.collectedAt)}</Ligne>
          <Ligne label="Base légale">{BASES_LEGALES[c.legalBasis] ?? c.legalBasis}</Ligne>
          <Ligne label="Dernier contact">{c.lastContactAt && jour(c.lastContactAt)}</Ligne>
          {c.status === 'ancien_client' && <Ligne label="Fin de la relation">{c.relationshipEndedAt && jour(c.relationshipEndedAt)}</Ligne>}
          <Ligne label="Factures">{c.hasInvoices ? `Oui${c.lastInvoiceAt ? `, la dernière du ${jour(c.lastInvoiceAt)}` : ''}` : 'Aucune enregistrée'}</Ligne>
          <Ligne label="Consentement à la prospection">{consent === null ? null : consent.given ? 'Donné' : 'Refusé ou retiré'}</Ligne>
          {consent && (
            <>
              <Ligne label={consent.given ? 'Date du consentement' : 'Date du refus ou du retrait'}>{consent.at && jour(consent.at)}</Ligne>
              <Ligne label="Canal de recueil">{consent.channel && CANAUX_CONSENTEMENT[consent.channel]}</Ligne>
              <Ligne label="Texte présenté à la personne">{consent.textShown && <q className="texte-libre">{consent.textShown}</q>}</Ligne>
            </>
          )}
          <Ligne label="Fiche créée le">{jour(c.createdAt)}</Ligne>
          <Ligne label="Dernière modification">{jour(c.updatedAt)}</Ligne>
        </dl>
      </section>
    </div>
  );
}
