// A client's documents: list, download, delete, and the form to add one.
import { useState } from 'react';
import { api, download } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import { AjoutDocument } from './AjoutDocument.tsx';
import { jour, taille, typeDocument } from './libelles.ts';
import type { DocumentInfo } from './types.ts';

interface Props {
  clientId: string;
  documents: DocumentInfo[];
  readOnly: boolean;
  onChange: () => void;
}

export function Documents({ clientId, documents, readOnly, onChange }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const base = `/api/clients/${encodeURIComponent(clientId)}/documents`;

  const remove = (id: string) =>
    void run(async () => {
      await api.del(`${base}/${encodeURIComponent(id)}`);
      setConfirming(null);
      onChange();
    });

  return (
    <section aria-labelledby="titre-documents" className="section">
      <h2 id="titre-documents">Documents</h2>
      <p className="aide">Devis, contrats, factures, RIB… Chaque fichier est chiffré avant d’être enregistré.</p>
      {documents.length === 0 ? (
        <p>Aucun document pour ce client.</p>
      ) : (
        <div className="tableau-defilant">
          <table>
            <caption>{documents.length} document{documents.length > 1 ? 's' : ''}</caption>
            <thead>
              <tr>
                <th scope="col">Type</th>
                <th scope="col">Fichier</th>
                <th scope="col">Date</th>
                <th scope="col">Taille</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((d) => (
                <tr key={d.id}>
                  <td>{typeDocument(d.kind)}</td>
                  <td className="coupure">{d.filename}</td>
                  <td>{d.documentDate ? jour(d.documentDate) : <span className="aide">ajouté le {jour(d.createdAt)}</span>}</td>
                  <td className="sans-retour">{taille(d.size)}</td>
                  <td>
                    {confirming === d.id ? (
                      <span className="actions">
                        <button type="button" className="bouton petit danger" disabled={busy} onClick={() => remove(d.id)}>
                          Confirmer la suppression<span className="sr-only"> de {d.filename}</span>
                        </button>
                        <button type="button" className="bouton petit secondaire" onClick={() => setConfirming(null)}>
                          Annuler
                        </button>
                      </span>
                    ) : (
                      <span className="actions">
                        <button type="button" className="bouton petit secondaire" disabled={busy} onClick={() => void run(() => download(`${base}/${encodeURIComponent(d.id)}`, d.filename))}>
                          Télécharger<span className="sr-only"> {d.filename}</span>
                        </button>
                        {!readOnly && (
                          <button type="button" className="bouton petit secondaire" onClick={() => setConfirming(d.id)}>
                            Supprimer<span className="sr-only"> {d.filename}</span>
                          </button>
                        )}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorMessage message={error} />
      {!readOnly && <AjoutDocument base={base} onAdded={onChange} />}
    </section>
  );
}
