// Attaching a document to a client: the file, its kind and its date.
import { useId, useRef, useState, type FormEvent } from 'react';
import { api, fileToBase64 } from '../../api.ts';
import { ErrorMessage, SuccessMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import { aujourdhui, TYPES_DOCUMENT } from './libelles.ts';
import type { DocumentKind } from './types.ts';

const MAX_BYTES = 10 * 1024 * 1024;

export function AjoutDocument({ base, onAdded }: { base: string; onAdded: () => void }) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<DocumentKind>('devis');
  const [date, setDate] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const { busy, error, setError, run } = useAction();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAdded(null);
    const file = fileInput.current?.files?.[0];
    if (!file) return setError('Choisissez le fichier à joindre.');
    if (file.size > MAX_BYTES) return setError('Fichier trop volumineux : 10 Mo au maximum.');
    void run(async () => {
      await api.post(base, { kind, filename: file.name, mime: file.type || 'application/octet-stream', contentBase64: await fileToBase64(file), documentDate: date || null });
      if (fileInput.current) fileInput.current.value = '';
      setDate('');
      setAdded(file.name);
      onAdded();
    });
  };

  return (
    <form className="formulaire sous-formulaire" onSubmit={submit} aria-labelledby={`${id}-titre`}>
      <h3 id={`${id}-titre`}>Ajouter un document</h3>
      <div className="champ">
        <label htmlFor={`${id}-fichier`}>Document à joindre (10 Mo au maximum)</label>
        <input id={`${id}-fichier`} type="file" ref={fileInput} />
      </div>
      <div className="ligne-champs">
        <div className="champ">
          <label htmlFor={`${id}-type`}>Type de document</label>
          <select id={`${id}-type`} value={kind} onChange={(e) => setKind(e.target.value as DocumentKind)}>
            {(Object.keys(TYPES_DOCUMENT) as DocumentKind[]).map((k) => (
              <option key={k} value={k}>
                {TYPES_DOCUMENT[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="champ">
          <label htmlFor={`${id}-date`}>Date du document (facultatif)</label>
          <input id={`${id}-date`} type="date" value={date} max={aujourdhui()} onChange={(e) => setDate(e.target.value)} aria-describedby={`${id}-aide`} />
        </div>
      </div>
      <p className="aide" id={`${id}-aide`}>
        Pour une facture, indiquez sa date : elle fixe la durée de conservation obligatoire (10 ans après la fin de l’année).
      </p>
      <ErrorMessage message={error} />
      {added && <SuccessMessage>Document « {added} » ajouté.</SuccessMessage>}
      <div className="actions">
        <button type="submit" className="bouton" disabled={busy}>
          Ajouter le document
        </button>
      </div>
    </form>
  );
}
