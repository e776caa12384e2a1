// The client form, shared by « Nouveau client » and « Modifier la fiche ».
import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../../api.ts';
import { Field, TextField } from '../../components/Field.tsx';
import { ChampsConsentement } from './ChampsConsentement.tsx';
import { ChampsRelation } from './ChampsRelation.tsx';
import { bodyFromForm, type FormState } from './formulaire.ts';

interface Props {
  initial: FormState;
  submitLabel: string;
  onSubmit: (body: ReturnType<typeof bodyFromForm>) => Promise<void>;
  onCancel: () => void;
}

/** Every problem the server found, not only the first one. */
function problems(e: unknown): string[] {
  const champs = e instanceof ApiError ? (e.details?.champs as { message: string }[] | undefined) : undefined;
  // The field messages name the field in French; the summary would show its code (« relationshipEndedAt »).
  if (!champs || champs.length === 0) return [errorMessage(e)];
  return [...new Set(champs.map((c) => c.message.charAt(0).toUpperCase() + c.message.slice(1)))];
}

export function FormulaireClient({ initial, submitLabel, onSubmit, onCancel }: Props) {
  const [f, setF] = useState<FormState>(initial);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const set = <K extends keyof FormState>(key: K) => (value: FormState[K]) => setF((prev) => ({ ...prev, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setErrors([]);
    try {
      await onSubmit(bodyFromForm(f));
    } catch (err) {
      setErrors(problems(err));
      setBusy(false);
    }
  };

  return (
    <form className="formulaire formulaire-client" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset>
        <legend>Identité</legend>
        <Field label="Civilité">
          {(p) => (
            <select {...p} value={f.civilite} onChange={(e) => set('civilite')(e.target.value as FormState['civilite'])}>
              <option value="">Non précisée</option>
              <option value="Mme">Mme</option>
              <option value="M.">M.</option>
            </select>
          )}
        </Field>
        <div className="ligne-champs">
          <TextField label="Nom" value={f.nom} onValue={set('nom')} autoComplete="off" />
          <TextField label="Prénom" value={f.prenom} onValue={set('prenom')} autoComplete="off" />
        </div>
        <TextField label="Société" hint="Le nom ou la société doit être renseigné." value={f.company} onValue={set('company')} autoComplete="off" />
      </fieldset>
      <fieldset>
        <legend>Coordonnées</legend>
        <Field label="Adresses e-mail" hint="Une par ligne ; la première est l’adresse principale.">
          {(p) => <textarea {...p} rows={2} value={f.emails} onChange={(e) => set('emails')(e.target.value)} />}
        </Field>
        <Field label="Téléphones" hint="Un par ligne, par exemple 06 12 34 56 78.">
          {(p) => <textarea {...p} rows={2} value={f.phones} onChange={(e) => set('phones')(e.target.value)} />}
        </Field>
        <Field label="Adresse" hint="Numéro et rue, complément : 4 lignes au plus.">
          {(p) => <textarea {...p} rows={2} value={f.adresse} onChange={(e) => set('adresse')(e.target.value)} />}
        </Field>
        <div className="ligne-champs">
          <TextField label="Code postal" value={f.codePostal} onValue={set('codePostal')} inputMode="numeric" className="court" />
          <TextField label="Ville" value={f.ville} onValue={set('ville')} />
          <TextField label="Pays" value={f.pays} onValue={set('pays')} />
        </div>
        <Field label="Notes" hint="N’y notez ni santé, ni opinions, ni numéro de sécurité sociale : ces données sont interdites ici.">
          {(p) => <textarea {...p} rows={3} value={f.notes} onChange={(e) => set('notes')(e.target.value)} />}
        </Field>
      </fieldset>
      <ChampsRelation form={f} set={set} />
      <ChampsConsentement form={f} set={set} />
      {errors.length > 0 && (
        <div className="message erreur" role="alert">
          <p>La fiche n’a pas été enregistrée :</p>
          <ul>
            {errors.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="bouton" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="bouton secondaire" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
  );
}
