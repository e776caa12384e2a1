// The people to write to, typed by hand: name, e-mail and postal address.
import { Field, TextField } from '../../components/Field.tsx';

export interface Destinataire {
  cle: number;
  civilite: '' | 'M.' | 'Mme';
  prenom: string;
  nom: string;
  email: string;
  adresse: string;
}

let compteur = 0;
export const destinataireVide = (): Destinataire => ({ cle: ++compteur, civilite: '', prenom: '', nom: '', email: '', adresse: '' });

/** Rows left blank are not sent. */
export function versApi(personnes: readonly Destinataire[]) {
  return personnes
    .filter((p) => p.nom.trim() !== '' || p.prenom.trim() !== '' || p.email.trim() !== '')
    .map((p) => ({
      civilite: p.civilite,
      prenom: p.prenom,
      nom: p.nom,
      email: p.email,
      adresse: p.adresse
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    }));
}

export function Destinataires({ personnes, onChange }: { personnes: Destinataire[]; onChange: (p: Destinataire[]) => void }) {
  const maj = (cle: number, champ: Partial<Destinataire>) => onChange(personnes.map((p) => (p.cle === cle ? { ...p, ...champ } : p)));
  return (
    <section aria-labelledby="titre-destinataires" className="sous-section">
      <h3 id="titre-destinataires">Personnes à informer</h3>
      {personnes.map((p, n) => (
        <fieldset key={p.cle} className="destinataire">
          <legend>Personne {n + 1}</legend>
          <Field label="Civilité">
            {(a) => (
              <select {...a} className="court" value={p.civilite} onChange={(e) => maj(p.cle, { civilite: e.target.value as Destinataire['civilite'] })}>
                <option value="">Non précisée</option>
                <option value="Mme">Mme</option>
                <option value="M.">M.</option>
              </select>
            )}
          </Field>
          <TextField label="Prénom" value={p.prenom} onValue={(v) => maj(p.cle, { prenom: v })} autoComplete="off" />
          <TextField label="Nom" value={p.nom} onValue={(v) => maj(p.cle, { nom: v })} autoComplete="off" />
          <TextField label="E-mail" value={p.email} onValue={(v) => maj(p.cle, { email: v })} type="email" autoComplete="off" />
          <Field label="Adresse postale" hint="Une ligne par ligne d’adresse, code postal et ville sur la dernière.">
            {(a) => <textarea {...a} rows={3} value={p.adresse} onChange={(e) => maj(p.cle, { adresse: e.target.value })} />}
          </Field>
          {personnes.length > 1 && (
            <button type="button" className="bouton secondaire petit" onClick={() => onChange(personnes.filter((x) => x.cle !== p.cle))}>
              Retirer la personne {n + 1}
            </button>
          )}
        </fieldset>
      ))}
      <p className="actions">
        <button type="button" className="bouton secondaire" onClick={() => onChange([...personnes, destinataireVide()])}>
          Ajouter une personne
        </button>
      </p>
    </section>
  );
}
