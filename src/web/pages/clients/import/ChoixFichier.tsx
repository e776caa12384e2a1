// Step 1: the file and what to assume when it has no « Statut » column.
import { useId, useRef, useState, type FormEvent } from 'react';
import { fileToBase64 } from '../../../api.ts';
import { ErrorMessage } from '../../../components/Messages.tsx';
import { STATUTS } from '../libelles.ts';
import type { ClientStatus } from '../types.ts';

export interface ChosenFile {
  name: string;
  contentBase64: string;
  status: ClientStatus;
  source: string;
}

/** 50 Mo of request: base64 makes a file a third larger. */
const MAX_BYTES = 37 * 1024 * 1024;

interface Props {
  busy: boolean;
  error: string | null;
  setError: (message: string | null) => void;
  onChosen: (file: ChosenFile) => void;
}

export function ChoixFichier({ busy, error, setError, onChosen }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<ClientStatus>('client');
  const [source, setSource] = useState('');
  const [reading, setReading] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setError('Choisissez d’abord le fichier à importer.');
    if (file.size > MAX_BYTES) return setError('Fichier trop volumineux (37 Mo au maximum) : découpez-le en plusieurs fichiers.');
    setError(null);
    setReading(true);
    try {
      onChosen({ name: file.name, contentBase64: await fileToBase64(file), status, source });
    } catch {
      setError('Impossible de lire ce fichier sur votre ordinateur. Choisissez-le de nouveau.');
    } finally {
      setReading(false);
    }
  };

  return (
    <form className="formulaire section" onSubmit={(e) => void submit(e)}>
      <p>
        Reprenez votre fichier existant : un export de votre tableur, de Google Contacts, d’Outlook ou de votre logiciel de facturation. Rempart reconnaît les colonnes, signale les
        erreurs et les doublons.
      </p>
      <p className="message attention">Rien n’est enregistré avant votre confirmation : l’étape suivante est un simple aperçu.</p>
      <div className="champ">
        <label htmlFor={`${id}-fichier`}>Fichier à importer (CSV, Excel ou Numbers)</label>
        <input id={`${id}-fichier`} type="file" ref={input} accept=".csv,.txt,.tsv,.xlsx,.xls,.numbers,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel" aria-describedby={`${id}-aide`} />
        <p className="aide" id={`${id}-aide`}>
          CSV (séparé par des points-virgules, des virgules ou des tabulations), classeur Excel (.xlsx, ou .xls des versions 97 à 2003) ou feuille Numbers. Une première ligne d’en-têtes est attendue.
        </p>
      </div>
      <div className="ligne-champs">
        <div className="champ">
          <label htmlFor={`${id}-statut`}>Statut des fiches si le fichier n’a pas de colonne « Statut »</label>
          <select id={`${id}-statut`} value={status} onChange={(e) => setStatus(e.target.value as ClientStatus)}>
            {(Object.keys(STATUTS) as ClientStatus[]).map((s) => (
              <option key={s} value={s}>
                {STATUTS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="champ">
          <label htmlFor={`${id}-source`}>Source des fiches (facultatif)</label>
          <input id={`${id}-source`} type="text" value={source} maxLength={100} onChange={(e) => setSource(e.target.value)} placeholder="Ancien fichier Excel" />
        </div>
      </div>
      <ErrorMessage message={error} />
      <div className="actions">
        <button type="submit" className="bouton" disabled={busy || reading}>
          {busy || reading ? 'Lecture du fichier…' : 'Voir l’aperçu'}
        </button>
      </div>
    </form>
  );
}
