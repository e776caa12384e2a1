// The relationship part of the client form: status, dates, source and legal basis.
import { Field, TextField } from '../../components/Field.tsx';
import type { FormState } from './formulaire.ts';
import { aujourdhui, BASES_LEGALES, STATUTS } from './libelles.ts';
import type { ClientStatus, LegalBasis } from './types.ts';

export type Setter = <K extends keyof FormState>(key: K) => (value: FormState[K]) => void;

export function ChampsRelation({ form: f, set }: { form: FormState; set: Setter }) {
  const today = aujourdhui();
  return (
    <fieldset>
      <legend>Relation commerciale</legend>
      <Field label="Statut">
        {(p) => (
          <select {...p} value={f.status} onChange={(e) => set('status')(e.target.value as ClientStatus)}>
            {(Object.keys(STATUTS) as ClientStatus[]).map((s) => (
              <option key={s} value={s}>
                {STATUTS[s]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {f.status === 'ancien_client' && (
        <TextField type="date" max={today} label="Date de fin de la relation" hint="Elle fait courir le délai de conservation de 3 ans." value={f.relationshipEndedAt} onValue={set('relationshipEndedAt')} />
      )}
      <div className="ligne-champs">
        <TextField type="date" max={today} label="Date de collecte" hint="Le jour où vous avez eu ses coordonnées ; laissée vide : aujourd’hui." value={f.collectedAt} onValue={set('collectedAt')} />
        <TextField type="date" max={today} label="Date du dernier contact" value={f.lastContactAt} onValue={set('lastContactAt')} />
      </div>
      <TextField label="Source" hint="Comment ce client vous a connu : bouche à oreille, site, salon…" value={f.source} onValue={set('source')} />
      <Field label="Base légale" hint="Ce qui vous autorise à garder ces données. Par défaut : le contrat pour un client, l’intérêt légitime pour un prospect.">
        {(p) => (
          <select {...p} value={f.legalBasis} onChange={(e) => set('legalBasis')(e.target.value as FormState['legalBasis'])}>
            <option value="">Selon le statut (recommandé)</option>
            {(Object.keys(BASES_LEGALES) as LegalBasis[]).map((b) => (
              <option key={b} value={b}>
                {BASES_LEGALES[b]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </fieldset>
  );
}
