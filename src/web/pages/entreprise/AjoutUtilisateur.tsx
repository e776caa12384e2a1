// Owner form to give a collaborator or the accountant their own sign-in.
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { Field, TextField } from '../../components/Field.tsx';
import { ErrorMessage, SuccessMessage } from '../../components/Messages.tsx';
import { PasswordStrength } from '../../components/PasswordStrength.tsx';
import { useAction } from '../../hooks.ts';

type NewRole = 'collaborator' | 'accountant';

export function AjoutUtilisateur({ onAdded }: { onAdded: () => void }) {
  const [nom, setNom] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<NewRole>('collaborator');
  const [password, setPassword] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAdded(null);
    void run(async () => {
      await api.post('/api/users', { nom: nom.trim(), email: email.trim(), role, password });
      setAdded(nom.trim());
      setNom('');
      setEmail('');
      setPassword('');
      onAdded();
    });
  };

  return (
    <form onSubmit={submit} className="formulaire encadre">
      <h3>Ajouter un collaborateur ou un comptable</h3>
      <p className="aide">Chacun a son propre accès : ne partagez jamais votre mot de passe. Le comptable peut tout consulter mais ne peut rien modifier.</p>
      <TextField label="Nom" autoComplete="off" required value={nom} onValue={setNom} />
      <TextField label="Adresse e-mail" type="email" autoComplete="off" required value={email} onValue={setEmail} />
      <Field label="Rôle">
        {(p) => (
          <select {...p} value={role} onChange={(e) => setRole(e.target.value as NewRole)}>
            <option value="collaborator">Collaborateur</option>
            <option value="accountant">Comptable (lecture seule)</option>
          </select>
        )}
      </Field>
      <TextField
        label="Mot de passe provisoire"
        type="password"
        autoComplete="new-password"
        required
        value={password}
        onValue={setPassword}
        hint="Transmettez-le de vive voix ou par SMS, jamais dans le même e-mail que l’adresse de connexion. La personne pourra le changer dans « Sécurité du compte »."
      />
      <PasswordStrength password={password} userInputs={[email, nom]} />
      <ErrorMessage message={error} />
      {added && <SuccessMessage>{added} peut maintenant se connecter avec son adresse e-mail et le mot de passe provisoire.</SuccessMessage>}
      <div className="actions">
        <button type="submit" className="bouton" disabled={busy}>
          Ajouter l’utilisateur
        </button>
      </div>
    </form>
  );
}
