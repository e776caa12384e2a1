// Owner form: a new temporary password for a collaborator or the accountant (after a reset, a lost password…).
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { TextField } from '../../components/Field.tsx';
import { ErrorMessage } from '../../components/Messages.tsx';
import { PasswordStrength } from '../../components/PasswordStrength.tsx';
import { useAction } from '../../hooks.ts';
import type { User } from '../../types.ts';

export function MotDePasseProvisoire({ user, onDone, onCancel }: { user: User; onDone: () => void; onCancel: () => void }) {
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAction();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await api.put(`/api/users/${encodeURIComponent(user.id)}/password`, { password });
      setPassword('');
      onDone();
    });
  };

  return (
    <form onSubmit={submit} className="formulaire encadre" aria-labelledby="titre-mdp-provisoire">
      <h3 id="titre-mdp-provisoire">Mot de passe provisoire pour {user.nom}</h3>
      <p className="aide">
        À utiliser si {user.nom} a oublié son mot de passe ou ne peut plus se connecter (par exemple après une réinitialisation). Ses sessions ouvertes seront fermées et ses accès aux
        données rétablis.
      </p>
      <TextField
        label="Nouveau mot de passe provisoire"
        type="password"
        autoComplete="new-password"
        required
        autoFocus
        value={password}
        onValue={setPassword}
        hint="Transmettez-le de vive voix ou par SMS, jamais par e-mail. La personne pourra le changer dans « Sécurité du compte »."
      />
      <PasswordStrength password={password} userInputs={[user.email, user.nom]} />
      <ErrorMessage message={error} />
      <div className="actions">
        <button type="submit" className="bouton" disabled={busy}>
          Enregistrer le mot de passe
        </button>
        <button type="button" className="bouton secondaire" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
  );
}
