// Step 2: which data, how many people and records (approximate numbers are fine).
import { useState } from 'react';
import { Field, TextField } from '../../components/Field.tsx';
import type { EtapeProps } from './Assistant.tsx';
import { Case, Nombre } from './Champs.tsx';
import { DonneesDuRegistre } from './DonneesDuRegistre.tsx';
import { FormulaireEtape } from './FormulaireEtape.tsx';
import { nombreOuNull } from './outils.ts';
import type { CategorieDonnees, Incident } from './types.ts';

const STOCKAGES = [
  { value: '', label: 'Je ne sais pas' },
  { value: 'clair', label: 'En clair (lisibles)' },
  { value: 'hachage-faible', label: 'Hachage ancien (MD5, SHA-1 sans sel)' },
  { value: 'hachage-robuste', label: 'Hachage robuste (bcrypt, Argon2…)' },
];

function Compte({ label, hint, compte, onChange }: { label: string; hint: string; compte: { count: number | null; approximate: boolean }; onChange: (c: { count: number | null; approximate: boolean }) => void }) {
  const [texte, setTexte] = useState(compte.count === null ? '' : String(compte.count));
  const inconnu = compte.count === null && texte === '';
  return (
    <fieldset>
      <legend>{label}</legend>
      <Nombre
        label="Nombre"
        hint={hint}
        value={texte}
        onValue={(v) => {
          setTexte(v);
          onChange({ ...compte, count: nombreOuNull(v) });
        }}
      />
      <Case label="Nombre approximatif" checked={compte.approximate} onChange={(approximate) => onChange({ ...compte, approximate })} />
      {inconnu && <p className="aide">Laissé vide : « pas encore connu ». Une estimation vaut mieux que rien pour la CNIL.</p>}
    </fieldset>
  );
}

export function EtapeDonnees(props: EtapeProps) {
  const i = props.violation.incident;
  const [personnes, setPersonnes] = useState(i.people ?? { count: null, approximate: true, categories: [] });
  const [categories, setCategories] = useState((i.people?.categories ?? []).join(', '));
  const [enregistrements, setEnregistrements] = useState(i.records ?? { count: null, approximate: true });
  const [donnees, setDonnees] = useState<CategorieDonnees[]>(i.dataCategories ?? []);
  const libelles = props.libelles.donnees;

  const coche = (kind: string) => donnees.some((d) => d.kind === kind);
  const basculer = (kind: string, oui: boolean) =>
    setDonnees((prev) => (oui ? [...prev, { category: libelles[kind] ?? kind, sensitive: false, kind }] : prev.filter((d) => d.kind !== kind)));
  const identifiants = donnees.find((d) => d.kind === 'identifiants');
  const cocherTous = (kinds: string[]) =>
    setDonnees((prev) => [...prev, ...[...new Set(kinds)].filter((k) => !prev.some((d) => d.kind === k)).map((kind) => ({ category: libelles[kind] ?? kind, sensitive: false, kind }))]);

  const valeurs = (): Partial<Incident> => ({
    people: {
      ...personnes,
      categories: categories
        .split(/[,;\n]/)
        .map((c) => c.trim())
        .filter(Boolean),
    },
    records: enregistrements,
    dataCategories: donnees,
  });

  return (
    <FormulaireEtape {...props} valeurs={valeurs}>
      <Compte label="Combien de personnes sont concernées ?" hint="Laissez vide si vous ne savez pas encore." compte={personnes} onChange={(c) => setPersonnes({ ...personnes, ...c })} />
      <TextField label="Qui sont ces personnes ?" hint="Séparez par des virgules : clients, prospects, patients, salariés, enfants…" value={categories} onValue={setCategories} />
      <Compte
        label="Combien de fiches ou de dossiers sont concernés ?"
        hint="Une fiche client, une ligne de fichier, un dossier : comptez-les, même approximativement."
        compte={enregistrements}
        onChange={setEnregistrements}
      />
      <DonneesDuRegistre onPick={cocherTous} />
      <fieldset>
        <legend>Quelles données sont concernées ?</legend>
        <p className="aide">Cochez tous les types de données touchés. Les données de santé, d’opinions ou d’infractions sont particulièrement sensibles.</p>
        <div className="grille-cases">
          {Object.keys(libelles).map((kind) => (
            <Case key={kind} label={libelles[kind]!} checked={coche(kind)} onChange={(oui) => basculer(kind, oui)} />
          ))}
        </div>
      </fieldset>
      {identifiants && (
        <Field label="Comment les mots de passe étaient-ils protégés ?">
          {(p) => (
            <select
              {...p}
              value={identifiants.passwordStorage ?? ''}
              onChange={(e) =>
                setDonnees((prev) => prev.map((d) => (d.kind === 'identifiants' ? { ...d, passwordStorage: e.target.value || undefined } : d)))
              }
            >
              {STOCKAGES.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </FormulaireEtape>
  );
}
