// Evidence kept with the incident (screenshots, the mis-sent e-mail, a police report):
// encrypted before it is written, never deleted from the register.
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api, download, fileToBase64 } from '../../api.ts';
import { ErrorMessage, SuccessMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import { jour, taille } from '../clients/libelles.ts';
import type { EtapeProps } from './Assistant.tsx';

interface Piece {
  id: string;
  filename: string;
  mime: string;
  size: number;
  createdAt: string;
}

const MAX_BYTES = 10 * 1024 * 1024;

export function PiecesJointes({ violation, readOnly }: Pick<EtapeProps, 'violation' | 'readOnly'>) {
  const id = useId();
  const base = `/api/breaches/${encodeURIComponent(violation.id)}/attachments`;
  const fileInput = useRef<HTMLInputElement>(null);
  const [pieces, setPieces] = useState<Piece[] | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const { busy, error, setError, run } = useAction();

  const load = useCallback(() => run(async () => setPieces((await api.get<{ piecesJointes: Piece[] }>(base)).piecesJointes)), [base, run]);
  useEffect(() => {
    void load();
  }, [load]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAdded(null);
    const file = fileInput.current?.files?.[0];
    if (!file) return setError('Choisissez le fichier à joindre.');
    if (file.size > MAX_BYTES) return setError('Fichier trop volumineux : 10 Mo au maximum.');
    void run(async () => {
      await api.post(base, { filename: file.name, mime: file.type || 'application/octet-stream', contentBase64: await fileToBase64(file) });
      if (fileInput.current) fileInput.current.value = '';
      setAdded(file.name);
      setPieces((await api.get<{ piecesJointes: Piece[] }>(base)).piecesJointes);
    });
  };

  return (
    <section aria-labelledby={`${id}-titre`} className="sous-section">
      <h3 id={`${id}-titre`}>Pièces jointes</h3>
      <p className="aide">Captures d’écran, message envoyé par erreur, récépissé de plainte… Chaque fichier est chiffré avant d’être enregistré et reste dans votre registre.</p>
      {pieces === null ? (
        <p>Chargement…</p>
      ) : pieces.length === 0 ? (
        <p>Aucune pièce jointe.</p>
      ) : (
        <ul className="pieces-jointes">
          {pieces.map((p) => (
            <li key={p.id}>
              <span className="coupure">{p.filename}</span>{' '}
              <span className="aide">
                ({taille(p.size)}, ajoutée le {jour(p.createdAt)})
              </span>{' '}
              <button type="button" className="bouton petit secondaire" disabled={busy} onClick={() => void run(() => download(`${base}/${encodeURIComponent(p.id)}`, p.filename))}>
                Télécharger<span className="sr-only"> {p.filename}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form className="formulaire sous-formulaire" onSubmit={submit} noValidate>
          <div className="champ">
            <label htmlFor={`${id}-fichier`}>Fichier à joindre (10 Mo au maximum)</label>
            <input id={`${id}-fichier`} type="file" ref={fileInput} />
          </div>
          {added && <SuccessMessage>Pièce jointe « {added} » ajoutée.</SuccessMessage>}
          <p className="actions">
            <button type="submit" className="bouton secondaire" disabled={busy}>
              Joindre le fichier
            </button>
          </p>
        </form>
      )}
      <ErrorMessage message={error} />
    </section>
  );
}
