// Labelled form controls: every control gets a <label for> and an optional hint.
import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

interface ControlProps {
  id: string;
  'aria-describedby'?: string;
}

/** Render-prop version for <select>, <textarea> or anything else. */
export function Field({ label, hint, children }: { label: string; hint?: ReactNode; children: (props: ControlProps) => ReactNode }) {
  const id = useId();
  const hintId = `${id}-aide`;
  return (
    <div className="champ">
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(hint ? { 'aria-describedby': hintId } : {}) })}
      {hint && (
        <p className="aide" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> & {
  label: string;
  hint?: ReactNode;
  value: string;
  onValue: (value: string) => void;
};

export function TextField({ label, hint, value, onValue, ...rest }: TextFieldProps) {
  return (
    <Field label={label} hint={hint}>
      {(p) => <input type="text" {...rest} {...p} value={value} onChange={(e) => onValue(e.target.value)} />}
    </Field>
  );
}
