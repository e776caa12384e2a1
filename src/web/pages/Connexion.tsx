// Sign-in: password first, then the 2FA code when the account has it.
import { useState, type FormEvent } from 'react';
import { api, ApiError, refreshCsrf } from '../api.ts';
import { TextField } from '../components/Field.tsx';
import { ErrorMessage } from '../components/Messages.tsx';
import { useAction } from '../hooks.ts';
import { href } from '../router.ts';
import { useSession } from '../session.tsx';
import type { LoginAnswer } from '../types.ts';

export function Connexion() {
  const { reload } = useSession();
  const [etape, setEtape] = useState<'identifiants' | 'totp'>('identifiants');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const { busy, error, setError, run } = useAction();

  const finish = async () => {
    await refreshCsrf();
    await reload();
  };

  const submitPassword = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const answer = await api.post<LoginAnswer>('/api/auth/login', { email, password });
      setPassword('');
      if (answer.etape === 'totp') {
        await refreshCsrf();
        setCode('');
        setEtape('totp');
      } else {
        await finish();
      }
    });
  };

  const submitCode = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      try {
        await api.post<LoginAnswer>('/api/auth/login/totp', { code: code.trim() });
      } catch (err) {
        if (err instanceof ApiError && err.code === 'ETAPE_TOTP_EXPIREE') setEtape('identifiants');
        throw err;
      }
      await finish();
    });
  };

  if (etape === 'totp') {
    return (
      <>
        <h1>Connexion : vérification</h1>
        <form onSubmit={submitCode} className="formulaire">
          <TextField
            label="Code de vérification"
            autoComplete="one-time-code"
            autoFocus
            required
            spellCheck={false}
            value={code}
            onValue={setCode}
            hint="Code à 6 chiffres de votre application d'authentification (ou un code de secours)"
          />
          <ErrorMessage message={error} />
          <div className="actions">
            <button type="submit" className="bouton" disabled={busy}>
              Valider le code
            </button>
            <button
              type="button"
              className="bouton secondaire"
              onClick={() => {
                setError(null);
                setEtape('identifiants');
              }}
            >
              Retour
            </button>
          </div>
        </form>
      </>
    );
  }

  return (
    <>
      <h1>Connexion</h1>
      <form onSubmit={submitPassword} className="formulaire">
        <TextField label="Adresse e-mail" type="email" autoComplete="username" required value={email} onValue={setEmail} />
        <TextField label="Mot de passe" type="password" autoComplete="current-password" required value={password} onValue={setPassword} />
        <ErrorMessage message={error} />
        <div className="actions">
          <button type="submit" className="bouton" disabled={busy}>
            Se connecter
          </button>
          <a href={href('/mot-de-passe-oublie')}>Mot de passe oublié ?</a>
        </div>
      </form>
      <p className="bas-de-carte">
        Pas encore de compte ? <a href={href('/inscription')}>Créer un compte pour votre entreprise</a>
      </p>
    </>
  );
}
