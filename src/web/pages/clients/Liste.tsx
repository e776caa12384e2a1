// The client list, 50 at a time, and the search by e-mail, phone or name.
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import { Exports } from './Exports.tsx';
import { TableauClients } from './TableauClients.tsx';
import { pluriel } from './libelles.ts';
import type { ClientPage, SearchAnswer, StoredClient } from './types.ts';

interface Shown {
  clients: StoredClient[];
  next: string | null;
  total: number;
  /** The search shown, or null for the whole list. */
  query: string | null;
}

export function Liste() {
  const searchId = useId();
  const [typed, setTyped] = useState('');
  const [shown, setShown] = useState<Shown | null>(null);
  const { busy, error, run } = useAction();

  const loadPage = useCallback(
    (before?: string) =>
      run(async () => {
        const page = await api.get<ClientPage>(`/api/clients${before ? `?before=${encodeURIComponent(before)}` : ''}`);
        setShown((prev) =>
          before && prev ? { ...prev, clients: [...prev.clients, ...page.clients], next: page.next } : { clients: page.clients, next: page.next, total: page.total ?? page.clients.length, query: null },
        );
      }),
    [run],
  );

  useEffect(() => {
    void loadPage();
  }, [loadPage]);

  const search = (e: FormEvent) => {
    e.preventDefault();
    const q = typed.trim();
    if (q === '') return void loadPage();
    void run(async () => {
      const answer = await api.get<SearchAnswer>(`/api/clients?q=${encodeURIComponent(q)}`);
      setShown({ clients: answer.clients, next: null, total: answer.total, query: q });
    });
  };

  const reset = () => {
    setTyped('');
    void loadPage();
  };

  const caption = !shown
    ? ''
    : shown.query !== null
      ? `${pluriel(shown.total, 'résultat', 'résultats')} pour « ${shown.query} »${shown.total > shown.clients.length ? ` (les ${shown.clients.length} premiers affichés)` : ''}`
      : `${pluriel(shown.total, 'fiche', 'fiches')} au total, ${shown.clients.length} affichée${shown.clients.length > 1 ? 's' : ''} : les plus récemment modifiées d’abord`;

  return (
    <>
      <form role="search" className="recherche" onSubmit={search}>
        <div className="champ">
          <label htmlFor={searchId}>Rechercher un client (e-mail, téléphone ou nom)</label>
          <input id={searchId} type="search" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
        </div>
        <div className="actions">
          <button type="submit" className="bouton" disabled={busy}>
            Rechercher
          </button>
          {shown?.query != null && (
            <button type="button" className="bouton secondaire" onClick={reset}>
              Afficher tous les clients
            </button>
          )}
        </div>
      </form>
      <ErrorMessage message={error} />
      {!shown && !error && <p>Chargement…</p>}
      {shown && shown.clients.length === 0 && (
        <p className="encadre">
          {shown.query !== null ? 'Aucun client ne correspond à cette recherche. Pour un nom, tapez le début du nom ou du prénom.' : 'Aucun client pour l’instant. Ajoutez-en un ou importez votre fichier existant (CSV ou Excel).'}
        </p>
      )}
      {shown && shown.clients.length > 0 && <TableauClients clients={shown.clients} caption={caption} />}
      {shown?.next && (
        <button type="button" className="bouton secondaire" disabled={busy} onClick={() => void loadPage(shown.next ?? undefined)}>
          Voir plus
        </button>
      )}
      <section aria-labelledby="titre-export-fichier" className="section section-export">
        <h2 id="titre-export-fichier">Exporter tout le fichier</h2>
        <p className="aide">Une copie complète de vos clients, pour votre tableur ou pour changer d’outil. Rangez-la dans un endroit protégé : elle n’est pas chiffrée.</p>
        <Exports base="/api/clients/export" what="tout le fichier" />
      </section>
    </>
  );
}
