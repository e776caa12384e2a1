// Enrolment: QR code (or the secret typed by hand), then a first code to prove it works.
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { TextField } from '../../components/Field.tsx';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import type { TotpSetup } from '../../types.ts';

/** Groups of 4 are easier to copy by hand; apps ignore the spaces. */
const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

export function ActivationTotp({ onEnabled }: { onEnabled: (codes: string[]) => void }) {
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [code, setCode] = useState('');
  const { busy, error, setError, run } = useAction();

  const start = () =>
    void run(async () => {
      setSetup(await api.post<TotpSetup>('/api/2fa/setup'));
      setCode('');
    });

  const verify = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const { recoveryCodes } = await api.post<{ recoveryCodes: string[] }>('/api/2fa/enable', { code: code.replace(/\s/g, '') });
      onEnabled(recoveryCodes);
    });
  };

  if (!setup) {
    return (
      <>
        <p>
          Non activée. Avec la double authentification, il faut en plus du mot de passe un code à 6 chiffres affiché par une application sur votre téléphone : un mot de passe volé ne suffit
          plus.
        </p>
        <ErrorMessage message={error} />
        <button type="button" className="bouton" onClick={start} disabled={busy}>
          Activer la double authentification
        </button>
      </>
    );
  }

  return (
    <ol className="etapes">
      <li>
        Installez sur votre téléphone une application d’authentification, par exemple Google Authenticator, Microsoft Authenticator, FreeOTP ou Aegis.
      </li>
      <li>
        Dans l’application, ajoutez un compte en scannant ce QR code :
        <img className="qr" alt="QR code à scanner" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.qrSvg)}`} />
        <p>
          Impossible de scanner ? Saisissez cette clé à la main : <code data-testid="totp-secret">{grouped(setup.secret)}</code>
        </p>
      </li>
      <li>
        <form onSubmit={verify} className="formulaire">
          <TextField
            label="Code de vérification"
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            value={code}
            onValue={setCode}
            hint="Le code à 6 chiffres affiché maintenant par l’application."
          />
          <ErrorMessage message={error} />
          <div className="actions">
            <button type="submit" className="bouton" disabled={busy}>
              Vérifier et activer
            </button>
            <button
              type="button"
              className="bouton secondaire"
              onClick={() => {
                setSetup(null);
                setError(null);
              }}
            >
              Annuler
            </button>
          </div>
        </form>
      </li>
    </ol>
  );
}
