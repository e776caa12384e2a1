// The business profile fields, shared by sign-up and the « Entreprise » page.
import { ACTIVITES } from '../format.ts';
import type { Tenant } from '../types.ts';
import { Field, TextField } from './Field.tsx';

export interface EntrepriseInput {
  raisonSociale: string;
  siren: string;
  activite: string;
  adresse: string;
  contactNom: string;
  contactEmail: string;
}

export const ENTREPRISE_VIDE: EntrepriseInput = { raisonSociale: '', siren: '', activite: '', adresse: '', contactNom: '', contactEmail: '' };

export function fromTenant(t: Tenant): EntrepriseInput {
  return { raisonSociale: t.raisonSociale, siren: t.siren ?? '', activite: t.activite, adresse: t.adresse ?? '', contactNom: t.contactNom, contactEmail: t.contactEmail };
}

/** The API wants optional fields left out (or null) rather than empty strings. */
export function toPayload(v: EntrepriseInput) {
  return {
    raisonSociale: v.raisonSociale.trim(),
    siren: v.siren.replace(/\s/g, '') || null,
    activite: v.activite,
    adresse: v.adresse.trim() || null,
    contactNom: v.contactNom.trim(),
    contactEmail: v.contactEmail.trim(),
  };
}

export function EntrepriseFields({ value, onChange }: { value: EntrepriseInput; onChange: (v: EntrepriseInput) => void }) {
  const set = (key: keyof EntrepriseInput) => (v: string) => onChange({ ...value, [key]: v });
  return (
    <>
      <TextField label="Raison sociale" required autoComplete="organization" value={value.raisonSociale} onValue={set('raisonSociale')} hint="Le nom de votre entreprise, ou votre nom si vous exercez en nom propre." />
      <TextField label="SIREN (facultatif)" inputMode="numeric" autoComplete="off" value={value.siren} onValue={set('siren')} hint="9 chiffres, indiqués sur votre avis de situation INSEE." />
      <Field label="Activité">
        {(p) => (
          <select {...p} required value={value.activite} onChange={(e) => set('activite')(e.target.value)}>
            <option value="" disabled>
              Choisissez votre activité
            </option>
            {ACTIVITES.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Adresse">
        {(p) => <textarea {...p} rows={2} autoComplete="street-address" value={value.adresse} onChange={(e) => set('adresse')(e.target.value)} />}
      </Field>
      <TextField label="Nom du contact RGPD" required value={value.contactNom} onValue={set('contactNom')} hint="La personne que vos clients peuvent joindre au sujet de leurs données. Le plus souvent, vous-même." />
      <TextField label="E-mail du contact RGPD" type="email" required value={value.contactEmail} onValue={set('contactEmail')} />
    </>
  );
}
