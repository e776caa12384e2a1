// Password change; the server signs out the other sessions.
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { TextField } from '../../components/Field.tsx';
import { ErrorMessage, SuccessMessage } from '../../components/Messages.tsx';
import { MISMATCH, NewPasswordFields } from '../../components/NewPasswordFields.tsx';
import { useAction } from '../../hooks.ts';
import { useMe, useSession } from '../../session.tsx';

export function MotDePasse({ onChanged }: { onChanged: () => void }) {
  const { user } = useMe();
  const { reload } = useSession();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [done, setDone] = useState(false);
  const { busy, error, setError, run } = useAction();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    if (password !== confirmation) return setError(MISMATCH);
    void run(async () => {
      await api.post('/api/auth/password', { currentPassword: current, newPassword: password });
      setCurrent('');
      setPassword('');
      setConfirmation('');
      setDone(true);
      onChanged();
      await reload();
    });
  };

  return (
    <section aria-labelledby="titre-mdp" className="section">
      <h2 id="titre-mdp">Mot de passe</h2>
      {user.passwordRenewalDue && <p className="message attention">Votre mot de passe est ancien : il est temps d’en choisir un nouveau.</p>}
      <form onSubmit={submit} className="formulaire">
        <TextField label="Mot de passe actuel" type="password" autoComplete="current-password" required value={current} onValue={setCurrent} />
        <NewPasswordFields
          label="Nouveau mot de passe"
          confirmationLabel="Confirmation du nouveau mot de passe"
          password={password}
          confirmation={confirmation}
          onPassword={setPassword}
          onConfirmation={setConfirmation}
          userInputs={[user.email, user.nom]}
        />
        <ErrorMessage message={error} />
        {done && <SuccessMessage>Mot de passe changé. Vos autres appareils ont été déconnectés.</SuccessMessage>}
        <div className="actions">
          <button type="submit" className="bouton" disabled={busy}>
            Changer le mot de passe
          </button>
        </div>
      </form>
    </section>
  );
}
