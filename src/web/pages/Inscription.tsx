// Sign-up: the business, then its owner; ends on the recovery key.
import { useState, type FormEvent } from 'react';
import { api, refreshCsrf } from '../api.ts';
import { ENTREPRISE_VIDE, EntrepriseFields, toPayload, type EntrepriseInput } from '../components/EntrepriseFields.tsx';
import { TextField } from '../components/Field.tsx';
import { ErrorMessage } from '../components/Messages.tsx';
import { MISMATCH, NewPasswordFields } from '../components/NewPasswordFields.tsx';
import { RecoveryKey } from '../components/RecoveryKey.tsx';
import { useAction } from '../hooks.ts';
import { href, navigate } from '../router.ts';
import { useSession } from '../session.tsx';

export function Inscription() {
  const { reload } = useSession();
  const [entreprise, setEntreprise] = useState<EntrepriseInput>(ENTREPRISE_VIDE);
  const [nom, setNom] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const { busy, error, setError, run } = useAction();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (password !== confirmation) return setError(MISMATCH);
    void run(async () => {
      const body = { ...toPayload(entreprise), nom: nom.trim(), email: email.trim(), password };
      const result = await api.post<{ recoveryKey: string }>('/api/auth/signup', body);
      // The account is signed in from here: the CSRF token must follow the new session.
      await refreshCsrf();
      setPassword('');
      setConfirmation('');
      setRecoveryKey(result.recoveryKey);
    });
  };

  if (recoveryKey) {
    return (
      <RecoveryKey
        recoveryKey={recoveryKey}
        onContinue={() => {
          navigate('/tableau-de-bord');
          void reload();
        }}
      />
    );
  }

  return (
    <>
      <h1>Créer votre compte</h1>
      <p>Quelques informations sur votre entreprise, puis sur vous. Cela prend deux minutes.</p>
      <form onSubmit={submit} className="formulaire">
        <fieldset>
          <legend>Votre entreprise</legend>
          <EntrepriseFields value={entreprise} onChange={setEntreprise} />
        </fieldset>
        <fieldset>
          <legend>Vous (titulaire du compte)</legend>
          <TextField label="Votre nom" autoComplete="name" required value={nom} onValue={setNom} />
          <TextField label="Adresse e-mail" type="email" autoComplete="username" required value={email} onValue={setEmail} hint="Elle vous servira à vous connecter." />
          <NewPasswordFields
            password={password}
            confirmation={confirmation}
            onPassword={setPassword}
            onConfirmation={setConfirmation}
            userInputs={[email, nom, entreprise.raisonSociale]}
          />
        </fieldset>
        <ErrorMessage message={error} />
        <div className="actions">
          <button type="submit" className="bouton" disabled={busy}>
            {busy ? 'Création en cours…' : 'Créer mon compte'}
          </button>
        </div>
      </form>
      <p className="bas-de-carte">
        Déjà un compte ? <a href={href('/connexion')}>Se connecter</a>
      </p>
    </>
  );
}
