// A client's page: every field, documents, exports, and the buttons to change or delete it.
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useLoad } from '../../hooks.ts';
import { href } from '../../router.ts';
import { Documents } from './Documents.tsx';
import { Exports } from './Exports.tsx';
import { FicheDetails } from './FicheDetails.tsx';
import { SousNavigation } from './SousNavigation.tsx';
import { SuppressionClient } from './SuppressionClient.tsx';
import { jour, nomClient } from './libelles.ts';
import type { ClientRead } from './types.ts';

export function Fiche({ id, readOnly }: { id: string; readOnly: boolean }) {
  const { data, error, reload } = useLoad(() => api.get<ClientRead>(`/api/clients/${encodeURIComponent(id)}`));
  const path = `/api/clients/${encodeURIComponent(id)}`;

  if (!data) {
    return (
      <>
        <h1>Fiche client</h1>
        <SousNavigation current="fiche" readOnly={readOnly} />
        <ErrorMessage message={error} />
        {!error && <p>Chargement…</p>}
      </>
    );
  }
  const { client, documents } = data;
  return (
    <>
      <h1>{nomClient(client)}</h1>
      <SousNavigation current="fiche" readOnly={readOnly} />
      {client.anonymisedAt && (
        <p className="message attention">
          Fiche anonymisée le {jour(client.anonymisedAt)} : il n’en reste que ce qui relie les factures à la comptabilité, conservées le temps exigé par la loi.
        </p>
      )}
      {!readOnly && (
        <div className="actions">
          <a className="bouton" href={href(`/clients?fiche=${client.id}&vue=modifier`)}>
            Modifier la fiche
          </a>
          <a className="bouton secondaire" href={href(`/droits?vue=nouvelle&client=${client.id}`)}>
            Enregistrer une demande de cette personne
          </a>
        </div>
      )}
      <FicheDetails client={client} />
      <Documents clientId={client.id} documents={documents} readOnly={readOnly} onChange={reload} />
      <section aria-labelledby="titre-export-fiche" className="section">
        <h2 id="titre-export-fiche">Exporter la fiche</h2>
        <p className="aide">Pour transmettre ses données à la personne (droit d’accès ou de portabilité) ou les reprendre dans un autre outil.</p>
        <Exports base={`${path}/export`} what="la fiche" />
      </section>
      {!readOnly && <SuppressionClient client={client} documents={documents.length} />}
    </>
  );
}
