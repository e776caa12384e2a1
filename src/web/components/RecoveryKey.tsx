// Shows the recovery key once, and only lets the user go on after they say they saved it.
import { useEffect, useId, useState } from 'react';
import { SuccessMessage } from './Messages.tsx';

export function RecoveryKey({ recoveryKey, onContinue }: { recoveryKey: string; onContinue: () => void }) {
  const checkboxId = useId();
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState(false);

  // Leaving now would lose the key for good: let the browser ask for confirmation.
  useEffect(() => {
    if (saved) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [saved]);

  const copy = () => {
    navigator.clipboard?.writeText(recoveryKey).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  return (
    <>
      <h1>Votre clé de récupération</h1>
      <p>Votre compte est créé. Voici votre clé de récupération. Elle ne sera affichée qu’une seule fois.</p>
      <p className="cle">{recoveryKey}</p>
      <div className="actions">
        <button type="button" className="bouton secondaire" onClick={copy}>
          Copier la clé
        </button>
        <button type="button" className="bouton secondaire" onClick={() => window.print()}>
          Imprimer
        </button>
      </div>
      {copied && <SuccessMessage>Clé copiée. Collez-la dans un endroit sûr (gestionnaire de mots de passe, papier rangé).</SuccessMessage>}
      <div className="encadre attention">
        <p>
          <strong>Pourquoi c’est important :</strong> le fichier de vos clients est chiffré. Si vous oubliez votre mot de passe, cette clé est le seul moyen de le rouvrir. Sans elle, un mot de passe
          oublié signifie que le fichier client ne pourra plus jamais être déchiffré, même par nous.
        </p>
        <p>Notez-la sur papier ou dans un gestionnaire de mots de passe, et rangez-la à part de votre ordinateur.</p>
      </div>
      <div className="case">
        <input type="checkbox" id={checkboxId} checked={saved} onChange={(e) => setSaved(e.target.checked)} />
        <label htmlFor={checkboxId}>J'ai noté ma clé de récupération en lieu sûr</label>
      </div>
      <div className="actions">
        <button type="button" className="bouton" disabled={!saved} onClick={onContinue}>
          Continuer vers mon tableau de bord
        </button>
      </div>
    </>
  );
}
