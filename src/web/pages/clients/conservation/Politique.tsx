// The retention periods of the business, within the bounds that keep them lawful (owner only).
import { useEffect, useId, useState, type FormEvent } from 'react';
import { api } from '../../../api.ts';
import { ErrorMessage, SuccessMessage } from '../../../components/Messages.tsx';
import { useAction, useLoad } from '../../../hooks.ts';
import type { Policy, PolicyKey, PolicyView } from './types.ts';

const KEYS: PolicyKey[] = ['prospectMonths', 'clientAfterEndMonths', 'accountingMonths', 'consentProofMonths'];
const AFTER: Record<PolicyKey, string> = {
  prospectMonths: 'après la collecte ou le dernier contact venant du prospect',
  clientAfterEndMonths: 'après la fin de la relation commerciale',
  accountingMonths: 'après la clôture de l’exercice de la dernière facture',
  consentProofMonths: 'après la fin de l’usage du consentement',
};

export function duree(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  return [y > 0 ? `${y} an${y > 1 ? 's' : ''}` : '', m > 0 ? `${m} mois` : ''].filter(Boolean).join(' et ') || '0 mois';
}

export function Politique({ owner, onSaved }: { owner: boolean; onSaved: () => void }) {
  const id = useId();
  const { data, error: loadError, setData } = useLoad(() => api.get<PolicyView>('/api/retention/policy'));
  const [values, setValues] = useState<Record<PolicyKey, string> | null>(null);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useAction();

  useEffect(() => {
    if (data) setValues(Object.fromEntries(KEYS.map((k) => [k, String(data.policy[k])])) as Record<PolicyKey, string>);
  }, [data]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!values) return;
    setSaved(false);
    void run(async () => {
      const policy = Object.fromEntries(KEYS.map((k) => [k, Number(values[k])])) as Policy;
      setData(await api.put<PolicyView>('/api/retention/policy', policy));
      setSaved(true);
      onSaved();
    });
  };

  return (
    <section aria-labelledby={`${id}-titre`} className="section">
      <h2 id={`${id}-titre`}>Vos durées de conservation</h2>
      <ErrorMessage message={loadError} />
      {data && values && (
        <form className="formulaire" onSubmit={submit}>
          <p className="aide">
            {data.custom ? 'Durées choisies par votre entreprise.' : 'Durées recommandées par la CNIL, appliquées par défaut.'} {owner ? '' : 'Seul le propriétaire du compte peut les changer.'}
          </p>
          <div className="grille-durees">
            {KEYS.map((k) => {
              const b = data.bounds[k];
              return (
                <div className="champ" key={k}>
                  <label htmlFor={`${id}-${k}`}>{b.label} (en mois)</label>
                  <input
                    id={`${id}-${k}`}
                    type="number"
                    min={b.min}
                    max={b.max}
                    step={1}
                    value={values[k]}
                    disabled={!owner}
                    aria-describedby={`${id}-${k}-aide`}
                    onChange={(e) => setValues({ ...values, [k]: e.target.value })}
                  />
                  <p className="aide" id={`${id}-${k}-aide`}>
                    {duree(Number(values[k]) || 0)} {AFTER[k]}. Entre {b.min} et {b.max} mois : {b.why}. Par défaut : {duree(data.defaults[k])}.
                  </p>
                </div>
              );
            })}
          </div>
          <ErrorMessage message={error} />
          {saved && <SuccessMessage>Durées enregistrées : l’aperçu ci-dessous en tient compte.</SuccessMessage>}
          {owner && (
            <div className="actions">
              <button type="submit" className="bouton" disabled={busy}>
                Enregistrer les durées
              </button>
              <button
                type="button"
                className="bouton secondaire"
                onClick={() => setValues(Object.fromEntries(KEYS.map((k) => [k, String(data.defaults[k])])) as Record<PolicyKey, string>)}
              >
                Revenir aux durées recommandées
              </button>
            </div>
          )}
        </form>
      )}
      {!data && !loadError && <p>Chargement…</p>}
    </section>
  );
}
