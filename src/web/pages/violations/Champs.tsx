// Form controls of the wizard: each one labelled, with plain-French hints.
import { useId, type ReactNode } from 'react';
import { Field } from '../../components/Field.tsx';

export function ZoneTexte({ label, hint, value, onValue, rows = 4 }: { label: string; hint?: ReactNode; value: string; onValue: (v: string) => void; rows?: number }) {
  return <Field label={label} hint={hint}>{(p) => <textarea {...p} rows={rows} value={value} onChange={(e) => onValue(e.target.value)} />}</Field>;
}

export function DateHeure({ label, hint, value, onValue }: { label: string; hint?: ReactNode; value: string; onValue: (v: string) => void }) {
  return <Field label={label} hint={hint}>{(p) => <input type="datetime-local" {...p} value={value} onChange={(e) => onValue(e.target.value)} />}</Field>;
}

export function Nombre({ label, hint, value, onValue, disabled }: { label: string; hint?: ReactNode; value: string; onValue: (v: string) => void; disabled?: boolean }) {
  return (
    <Field label={label} hint={hint}>
      {(p) => <input type="number" min={0} step={1} inputMode="numeric" className="court" {...p} value={value} disabled={disabled} onChange={(e) => onValue(e.target.value)} />}
    </Field>
  );
}

export function Case({ label, checked, onChange, hint }: { label: string; checked: boolean; onChange: (v: boolean) => void; hint?: string }) {
  const id = useId();
  return (
    <div className="case-violation">
      <input type="checkbox" id={id} checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={hint ? `${id}-aide` : undefined} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="aide" id={`${id}-aide`}>
          {hint}
        </p>
      )}
    </div>
  );
}

export function Choix<T extends string>({ legend, hint, options, value, onValue }: { legend: string; hint?: string; options: readonly { value: T; label: string }[]; value: T | null; onValue: (v: T) => void }) {
  const id = useId();
  return (
    <fieldset className="choix" aria-describedby={hint ? `${id}-aide` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p className="aide" id={`${id}-aide`}>
          {hint}
        </p>
      )}
      <div className="reponses">
        {options.map((o) => (
          <div className="reponse" key={o.value}>
            <input type="radio" id={`${id}-${o.value}`} name={id} value={o.value} checked={value === o.value} onChange={() => onValue(o.value)} />
            <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

export const OUI_NON_INCONNU = [
  { value: 'oui', label: 'Oui' },
  { value: 'non', label: 'Non' },
  { value: 'inconnu', label: 'Je ne sais pas encore' },
] as const;

export const OUI_NON = [
  { value: 'oui', label: 'Oui' },
  { value: 'non', label: 'Non' },
] as const;
