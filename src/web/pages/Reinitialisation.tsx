// Sets a new password from the one-time link; the owner must also give the recovery key.
import { useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import { TextField } from '../components/Field.tsx';
import { ErrorMessage, SuccessMessage } from '../components/Messages.tsx';
import { MISMATCH, NewPasswordFields } from '../components/NewPasswordFields.tsx';
import { useAction } from '../hooks.ts';
import { href } from '../router.ts';

export function Reinitialisation({ jeton }: { jeton: string }) {
  const [token, setToken] = useState(jeton);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [done, setDone] = useState(false);
  const { busy, error, setError, run } = useAction();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (password !== confirmation) return setError(MISMATCH);
    void run(async () => {
      const key = recoveryKey.trim();
      await api.post('/api/auth/reset/confirm', { token: token.trim(), newPassword: password, ...(key ? { recoveryKey: key } : {}) });
      setDone(true);
    });
  };

  if (done) {
    return (
      <>
        <h1>Nouveau mot de passe</h1>
        <SuccessMessage>Votre mot de passe a été changé. Vous pouvez maintenant vous connecter avec le nouveau.</SuccessMessage>
        <p>
          <a className="bouton" href={href('/connexion')}>
            Aller à la connexion
          </a>
        </p>
      </>
    );
  }

  return (
    <>
      <h1>Nouveau mot de passe</h1>
      <form onSubmit={submit} className="formulaire">
        <TextField
          label="Code de réinitialisation"
          autoComplete="off"
          spellCheck={false}
          required
          value={token}
          onValue={setToken}
          hint={jeton ? 'Rempli automatiquement depuis le lien reçu par e-mail.' : 'Ouvrez le lien reçu par e-mail, ou collez ici le code qui suit « jeton= » dans ce lien.'}
        />
        <NewPasswordFields
          label="Nouveau mot de passe"
          confirmationLabel="Confirmation du nouveau mot de passe"
          password={password}
          confirmation={confirmation}
          onPassword={setPassword}
          onConfirmation={setConfirmation}
        />
        <TextField
          label="Clé de récupération"
          className="monospace"
          autoComplete="off"
          spellCheck={false}
          value={recoveryKey}
          onValue={setRecoveryKey}
          hint="Obligatoire pour le compte propriétaire (la personne qui a créé l’entreprise dans Rempart) : c’est la clé notée à l’inscription. Sans elle, le fichier client chiffré ne pourrait plus être ouvert. Collaborateurs et comptables : laissez ce champ vide."
        />
        <ErrorMessage message={error} />
        <div className="actions">
          <button type="submit" className="bouton" disabled={busy}>
            Enregistrer le nouveau mot de passe
          </button>
        </div>
      </form>
      <p className="bas-de-carte">
        <a href={href('/mot-de-passe-oublie')}>Demander un nouveau lien</a> · <a href={href('/connexion')}>Retour à la connexion</a>
      </p>
    </>
  );
}
