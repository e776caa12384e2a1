// Pick the people to inform in the client file (the first page of the list; search by name).
import { useState } from 'react';
import { api, ApiError } from '../../api.ts';
import { TextField } from '../../components/Field.tsx';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useLoad } from '../../hooks.ts';
import { Case } from './Champs.tsx';

interface ClientResume {
  id: string;
  civilite: string | null;
  nom: string | null;
  prenom: string | null;
  company: string | null;
  emails: string[];
}

const nomClient = (c: ClientResume) => [c.prenom, c.nom].filter(Boolean).join(' ') || c.company || 'Client sans nom';

export function ChoixClients({ choisis, onChange }: { choisis: string[]; onChange: (ids: string[]) => void }) {
  const [recherche, setRecherche] = useState('');
  const [question, setQuestion] = useState('');
  const { data, error } = useLoad(async () => {
    try {
      return await api.get<{ clients: ClientResume[] }>('/api/clients');
    } catch (e) {
      // Without a client file (or without access to it), typed recipients remain.
      if (e instanceof ApiError && (e.status === 404 || e.status === 403)) return null;
      throw e;
    }
  });
  const trouves = useLoad(() => (question ? api.get<{ clients: ClientResume[] }>(`/api/clients?q=${encodeURIComponent(question)}`) : Promise.resolve(null)));
  if (data === null) return null;
  const liste = (question && trouves.data ? trouves.data.clients : data?.clients) ?? [];
  const basculer = (id: string, oui: boolean) => onChange(oui ? [...choisis, id] : choisis.filter((x) => x !== id));

  return (
    <section aria-labelledby="titre-choix-clients" className="sous-section">
      <h3 id="titre-choix-clients">Ou choisissez dans votre fichier clients</h3>
      <ErrorMessage message={error ?? trouves.error} />
      <form
        className="recherche-clients"
        onSubmit={(e) => {
          e.preventDefault();
          setQuestion(recherche.trim());
          trouves.reload();
        }}
      >
        <TextField label="Chercher un client (nom, e-mail ou téléphone)" value={recherche} onValue={setRecherche} />
        <button type="submit" className="bouton secondaire petit">
          Chercher
        </button>
      </form>
      {liste.length === 0 ? (
        <p className="aide">{data ? 'Aucun client à afficher.' : 'Chargement…'}</p>
      ) : (
        <div className="liste-clients">
          {liste.map((c) => (
            <Case key={c.id} label={`${nomClient(c)}${c.emails[0] ? ` (${c.emails[0]})` : ''}`} checked={choisis.includes(c.id)} onChange={(oui) => basculer(c.id, oui)} />
          ))}
        </div>
      )}
      {choisis.length > 0 && <p className="aide">{choisis.length === 1 ? '1 client choisi.' : `${choisis.length} clients choisis.`}</p>}
    </section>
  );
}
