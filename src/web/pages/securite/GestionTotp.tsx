// 2FA is on: new recovery codes or turning it off, each confirmed with a fresh code.
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { TextField } from '../../components/Field.tsx';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';

type Operation = 'codes' | 'desactiver';

export function GestionTotp({ codesLeft, onCodes, onDisabled }: { codesLeft: number; onCodes: (codes: string[]) => void; onDisabled: () => void }) {
  const [operation, setOperation] = useState<Operation | null>(null);
  const [code, setCode] = useState('');
  const { busy, error, setError, run } = useAction();

  const choose = (op: Operation | null) => {
    setOperation(op);
    setCode('');
    setError(null);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = { code: code.replace(/\s/g, '') };
    void run(async () => {
      if (operation === 'codes') {
        const { recoveryCodes } = await api.post<{ recoveryCodes: string[] }>('/api/2fa/recovery-codes', body);
        onCodes(recoveryCodes);
      } else {
        await api.post('/api/2fa/disable', body);
        onDisabled();
      }
      choose(null);
    });
  };

  return (
    <>
      <p className="etat actif">Activée. Votre compte demande un code à chaque connexion.</p>
      <p>
        Codes de secours restants : <strong>{codesLeft}</strong> sur 10.
      </p>
      {operation === null ? (
        <div className="actions">
          <button type="button" className="bouton secondaire" onClick={() => choose('codes')}>
            Générer de nouveaux codes de secours
          </button>
          <button type="button" className="bouton danger" onClick={() => choose('desactiver')}>
            Désactiver la double authentification
          </button>
        </div>
      ) : (
        <form onSubmit={submit} className="formulaire">
          <p>
            {operation === 'codes'
              ? 'Les anciens codes de secours cesseront de fonctionner.'
              : 'Votre compte ne sera plus protégé que par votre mot de passe. Nous vous le déconseillons.'}
          </p>
          <TextField label="Code de vérification" inputMode="numeric" autoComplete="one-time-code" required autoFocus value={code} onValue={setCode} hint="Le code à 6 chiffres affiché maintenant par votre application." />
          <ErrorMessage message={error} />
          <div className="actions">
            <button type="submit" className={operation === 'codes' ? 'bouton' : 'bouton danger'} disabled={busy}>
              {operation === 'codes' ? 'Générer les nouveaux codes' : 'Confirmer la désactivation'}
            </button>
            <button type="button" className="bouton secondaire" onClick={() => choose(null)}>
              Annuler
            </button>
          </div>
        </form>
      )}
    </>
  );
}
