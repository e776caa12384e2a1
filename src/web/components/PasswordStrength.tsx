// Live password strength from the server (same zxcvbn rules as the check at save time).
import { useEffect, useId, useState } from 'react';
import { api } from '../api.ts';
import type { Strength } from '../types.ts';

const NIVEAUX = ['Très faible', 'Faible', 'Moyen', 'Bon', 'Excellent'];
const DELAI_MS = 350;

export function PasswordStrength({ password, userInputs = [] }: { password: string; userInputs?: string[] }) {
  const id = useId();
  const [result, setResult] = useState<Strength | null>(null);
  const inputsKey = userInputs.filter(Boolean).join('\n');

  useEffect(() => {
    if (!password) {
      setResult(null);
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      const inputs = inputsKey ? inputsKey.split('\n') : [];
      api.post<Strength>('/api/auth/password-strength', { password, userInputs: inputs }).then(
        (r) => live && setResult(r),
        // The meter is advice only: the server checks again when the form is sent.
        () => live && setResult(null),
      );
    }, DELAI_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [password, inputsKey]);

  if (!password || !result) return <div className="robustesse" aria-live="polite" />;
  return (
    <div className="robustesse" aria-live="polite">
      <label htmlFor={id}>Robustesse : {NIVEAUX[result.score] ?? ''}</label>
      <meter id={id} min={0} max={4} low={2} high={3} optimum={4} value={result.score} />
      {result.acceptable ? (
        <p className="robustesse-ok">Mot de passe suffisamment robuste.</p>
      ) : (
        <div className="robustesse-conseils">
          {result.warning && <p>{result.warning}</p>}
          {result.suggestions.length > 0 && (
            <ul>
              {result.suggestions.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
