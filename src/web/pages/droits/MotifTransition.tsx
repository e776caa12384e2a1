// A step that needs a written reason (extension, refusal), folded until needed.
import { useId, useState, type FormEvent } from 'react';

interface Props {
  title: string;
  label: string;
  hint: string;
  button: string;
  danger?: boolean;
  busy: boolean;
  onSubmit: (reason: string) => Promise<void>;
}

export function MotifTransition({ title, label, hint, button, danger = false, busy, onSubmit }: Props) {
  const id = useId();
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The reason stays typed: on a refusal by the server, it can be corrected.
    void onSubmit(reason.trim());
  };
  return (
    <details className="sous-formulaire">
      <summary>{title}</summary>
      <form className="formulaire" onSubmit={submit}>
        <div className="champ">
          <label htmlFor={`${id}-motif`}>{label}</label>
          <textarea id={`${id}-motif`} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby={`${id}-aide`} />
          <p className="aide" id={`${id}-aide`}>
            {hint}
          </p>
        </div>
        <div className="actions">
          <button type="submit" className={danger ? 'bouton danger' : 'bouton'} disabled={busy}>
            {button}
          </button>
        </div>
      </form>
    </details>
  );
}
