// The client record the request is about: the link, the records matching the contact, or a search.
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import { href } from '../../router.ts';
import { ChoixClient } from './ChoixClient.tsx';
import type { RequestRead } from './types.ts';

export function LienFiche({ read, readOnly, onChange }: { read: RequestRead; readOnly: boolean; onChange: () => void }) {
  const { busy, error, run } = useAction();
  const r = read.request;
  const canChange = !readOnly && r.erasedAt === null;

  const link = (clientId: string | null) =>
    void run(async () => {
      await api.put(`/api/rights/${encodeURIComponent(r.id)}`, { channel: r.channel, aboutMarketing: r.aboutMarketing, clientId, requester: r.requester, notes: r.notes });
      onChange();
    });

  return (
    <section aria-labelledby="titre-fiche-liee" className="section">
      <h2 id="titre-fiche-liee">Fiche client</h2>
      {read.client ? (
        <>
          <p>
            Demande reliée à la fiche{' '}
            {/* An anonymised record has no name left: the server labels it « Client sans nom ». */}
            <a href={href(`/clients?fiche=${read.client.id}`)}>{read.client.anonymised ? 'anonymisée' : read.client.label}</a>.
          </p>
          {canChange && (
            <button type="button" className="bouton petit secondaire" disabled={busy} onClick={() => link(null)}>
              Retirer le lien avec la fiche
            </button>
          )}
        </>
      ) : r.clientId ? (
        <p>La fiche reliée n’existe plus : elle a été supprimée.</p>
      ) : (
        <>
          <p>Cette demande n’est reliée à aucune fiche client.</p>
          {read.clientMatches.length > 0 && (
            <>
              <p>Fiches dont l’e-mail ou le téléphone correspond aux coordonnées du demandeur :</p>
              <ul className="liste-sans-puce resultats-clients">
                {read.clientMatches.map((m) => (
                  <li key={m.id}>
                    <a href={href(`/clients?fiche=${m.id}`)}>{m.label}</a>{' '}
                    {canChange && (
                      <button type="button" className="bouton petit secondaire" disabled={busy} onClick={() => link(m.id)}>
                        Relier à cette fiche<span className="sr-only"> : {m.label}</span>
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {canChange && <ChoixClient chosen={null} onChoose={(c) => c && link(c.id)} />}
        </>
      )}
      <ErrorMessage message={error} />
    </section>
  );
}
