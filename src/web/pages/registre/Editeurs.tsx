// Small generic editors for the processing form: a list of texts, a list of objects, a select
// over labelled values, a group of checkboxes. Every control has its label.
import { useId, type ReactNode } from 'react';

export function ListeTextes({ legende, aide, valeurs, onValeurs, libelleAjout, disabled }: { legende: string; aide?: string; valeurs: string[]; onValeurs: (v: string[]) => void; libelleAjout: string; disabled: boolean }) {
  const id = useId();
  return (
    <fieldset>
      <legend>{legende}</legend>
      {aide && <p className="aide">{aide}</p>}
      {valeurs.length === 0 && <p className="vide">Aucun élément.</p>}
      <ul className="liste-sans-puce liste-edition">
        {valeurs.map((v, i) => (
          <li key={i} className="ligne-edition">
            <label htmlFor={`${id}-${i}`} className="sr-only">
              {legende} n° {i + 1}
            </label>
            <input id={`${id}-${i}`} type="text" value={v} onChange={(e) => onValeurs(valeurs.map((x, j) => (j === i ? e.target.value : x)))} disabled={disabled} />
            {!disabled && (
              <button type="button" className="bouton secondaire petit" onClick={() => onValeurs(valeurs.filter((_, j) => j !== i))} aria-label={`Retirer « ${v || 'élément vide'} »`}>
                Retirer
              </button>
            )}
          </li>
        ))}
      </ul>
      {!disabled && (
        <button type="button" className="bouton secondaire petit" onClick={() => onValeurs([...valeurs, ''])}>
          {libelleAjout}
        </button>
      )}
    </fieldset>
  );
}

export function ListeObjets<T>({
  legende,
  aide,
  valeurs,
  onValeurs,
  nouveau,
  libelleAjout,
  libelleElement,
  disabled,
  children,
}: {
  legende: string;
  aide?: ReactNode;
  valeurs: T[];
  onValeurs: (v: T[]) => void;
  nouveau: () => T;
  libelleAjout: string;
  libelleElement: (item: T, index: number) => string;
  disabled: boolean;
  children: (item: T, set: (next: T) => void, index: number) => ReactNode;
}) {
  return (
    <fieldset>
      <legend>{legende}</legend>
      {aide && <p className="aide">{aide}</p>}
      {valeurs.length === 0 && <p className="vide">Aucun élément.</p>}
      {valeurs.map((item, i) => (
        <div key={i} className="objet-edition" role="group" aria-label={libelleElement(item, i)}>
          {children(item, (next) => onValeurs(valeurs.map((x, j) => (j === i ? next : x))), i)}
          {!disabled && (
            <button type="button" className="bouton secondaire petit" onClick={() => onValeurs(valeurs.filter((_, j) => j !== i))} aria-label={`Retirer : ${libelleElement(item, i)}`}>
              Retirer
            </button>
          )}
        </div>
      ))}
      {!disabled && (
        <button type="button" className="bouton secondaire petit" onClick={() => onValeurs([...valeurs, nouveau()])}>
          {libelleAjout}
        </button>
      )}
    </fieldset>
  );
}

export function Texte({ label, valeur, onValeur, disabled, aide, multiligne, type = 'text' }: { label: string; valeur: string | undefined; onValeur: (v: string) => void; disabled: boolean; aide?: string; multiligne?: boolean; type?: string }) {
  const id = useId();
  return (
    <div className="champ">
      <label htmlFor={id}>{label}</label>
      {multiligne ? (
        <textarea id={id} rows={3} value={valeur ?? ''} onChange={(e) => onValeur(e.target.value)} disabled={disabled} aria-describedby={aide ? `${id}-aide` : undefined} />
      ) : (
        <input id={id} type={type} value={valeur ?? ''} onChange={(e) => onValeur(e.target.value)} disabled={disabled} aria-describedby={aide ? `${id}-aide` : undefined} />
      )}
      {aide && (
        <p className="aide" id={`${id}-aide`}>
          {aide}
        </p>
      )}
    </div>
  );
}

export function Choix<V extends string>({ label, valeur, options, onValeur, disabled, vide }: { label: string; valeur: V | null | undefined; options: Readonly<Record<V, string>>; onValeur: (v: V | null) => void; disabled: boolean; vide?: string }) {
  const id = useId();
  return (
    <div className="champ">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={valeur ?? ''} onChange={(e) => onValeur(e.target.value === '' ? null : (e.target.value as V))} disabled={disabled}>
        {vide !== undefined && <option value="">{vide}</option>}
        {(Object.entries(options) as [V, string][]).map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Cases<V extends string>({ legende, aide, valeurs, options, onValeurs, disabled }: { legende: string; aide?: string; valeurs: readonly V[]; options: Readonly<Record<V, string>>; onValeurs: (v: V[]) => void; disabled: boolean }) {
  return (
    <fieldset>
      <legend>{legende}</legend>
      {aide && <p className="aide">{aide}</p>}
      <div className="reponses">
        {(Object.entries(options) as [V, string][]).map(([v, l]) => (
          <label key={v} className="reponse">
            <input type="checkbox" checked={valeurs.includes(v)} onChange={(e) => onValeurs(e.target.checked ? [...valeurs, v] : valeurs.filter((x) => x !== v))} disabled={disabled} />
            {l}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
