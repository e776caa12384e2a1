// Asks for a reset link; the answer never says whether the address has an account.
import { useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import { TextField } from '../components/Field.tsx';
import { ErrorMessage, SuccessMessage } from '../components/Messages.tsx';
import { useAction } from '../hooks.ts';
import { href } from '../router.ts';

export function MotDePasseOublie() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const { busy, error, run } = useAction();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await api.post('/api/auth/reset/request', { email });
      setSent(true);
    });
  };

  return (
    <>
      <h1>Mot de passe oublié</h1>
      {sent ? (
        <>
          <SuccessMessage>
            Si un compte existe pour cette adresse, un lien de réinitialisation vient d’y être envoyé. Il reste valable 30 minutes. Pensez à regarder dans les courriers indésirables.
          </SuccessMessage>
          <p className="aide">
            Rempart est installé sur votre propre ordinateur et aucun serveur d’e-mails n’est configuré ? Le message se trouve alors dans le dossier <code>data/outbox</code>.
          </p>
        </>
      ) : (
        <form onSubmit={submit} className="formulaire">
          <p>Indiquez l’adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.</p>
          <TextField label="Adresse e-mail" type="email" autoComplete="username" required value={email} onValue={setEmail} />
          <ErrorMessage message={error} />
          <div className="actions">
            <button type="submit" className="bouton" disabled={busy}>
              Envoyer le lien
            </button>
          </div>
        </form>
      )}
      <p className="bas-de-carte">
        <a href={href('/reinitialisation')}>J’ai déjà reçu le lien</a> · <a href={href('/connexion')}>Retour à la connexion</a>
      </p>
    </>
  );
}
