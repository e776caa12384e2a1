// Linking a request to the person's client record, found by the usual search.
import { useId, useState } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import { nomClient } from '../clients/libelles.ts';
import type { SearchAnswer, StoredClient } from '../clients/types.ts';

export interface ChosenClient {
  id: string;
  label: string;
}

interface Props {
  chosen: ChosenClient | null;
  onChoose: (client: ChosenClient | null, full?: StoredClient) => void;
}

export function ChoixClient({ chosen, onChoose }: Props) {
  const id = useId();
  const [q, setQ] = useState('');
  const [results, setResults] = useState<StoredClient[] | null>(null);
  const { busy, error, run } = useAction();

  const search = () =>
    void run(async () => {
      if (q.trim() === '') return;
      setResults((await api.get<SearchAnswer>(`/api/clients?q=${encodeURIComponent(q.trim())}`)).clients);
    });

  if (chosen) {
    return (
      <div className="champ">
        <p>
          Fiche client reliée : <strong>{chosen.label}</strong>
        </p>
        <div>
          <button type="button" className="bouton petit secondaire" onClick={() => onChoose(null)}>
            Retirer le lien avec la fiche
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="choix-client">
      <div className="champ">
        <label htmlFor={`${id}-q`}>Rechercher la fiche client (e-mail, téléphone ou nom)</label>
        <div className="recherche-en-ligne">
          <input
            id={`${id}-q`}
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => {
              // Enter searches here instead of submitting the whole request form.
              if (e.key === 'Enter') {
                e.preventDefault();
                search();
              }
            }}
            aria-describedby={`${id}-aide`}
          />
          <button type="button" className="bouton secondaire" disabled={busy} onClick={search}>
            Chercher la fiche
          </button>
        </div>
        <p className="aide" id={`${id}-aide`}>
          Relier la demande à la fiche permet de préparer le dossier d’accès ou l’effacement. Laissez vide si la personne n’est pas dans votre fichier.
        </p>
      </div>
      <ErrorMessage message={error} />
      {results && results.length === 0 && <p>Aucune fiche trouvée.</p>}
      {results && results.length > 0 && (
        <ul className="liste-sans-puce resultats-clients">
          {results.map((c) => (
            <li key={c.id}>
              <button type="button" className="bouton petit secondaire" onClick={() => onChoose({ id: c.id, label: nomClient(c) }, c)}>
                Relier cette fiche : {nomClient(c)}
              </button>{' '}
              <span className="aide">{[c.emails[0], c.address?.ville].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
