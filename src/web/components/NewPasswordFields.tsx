// A new password, its confirmation and the strength meter.
import { PasswordStrength } from './PasswordStrength.tsx';
import { TextField } from './Field.tsx';

const HINT = 'Au moins 10 caractères. Le plus simple : une phrase de plusieurs mots que vous seul connaissez.';

interface Props {
  password: string;
  confirmation: string;
  onPassword: (v: string) => void;
  onConfirmation: (v: string) => void;
  userInputs?: string[];
  label?: string;
  confirmationLabel?: string;
  hint?: string;
}

export function NewPasswordFields({ password, confirmation, onPassword, onConfirmation, userInputs, label = 'Mot de passe', confirmationLabel = 'Confirmation du mot de passe', hint = HINT }: Props) {
  const mismatch = confirmation.length > 0 && confirmation !== password;
  return (
    <>
      <TextField
        label={label}
        type="password"
        autoComplete="new-password"
        required
        value={password}
        onValue={onPassword}
        hint={hint}
      />
      <PasswordStrength password={password} userInputs={userInputs} />
      <TextField label={confirmationLabel} type="password" autoComplete="new-password" required value={confirmation} onValue={onConfirmation} aria-invalid={mismatch} />
      {mismatch && <p className="aide attention">Les deux mots de passe ne sont pas identiques.</p>}
    </>
  );
}

export const MISMATCH = 'Les deux mots de passe saisis ne sont pas identiques.';
