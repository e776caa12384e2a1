// Consent to marketing, with the proof the RGPD asks for (art. 7.1): date, channel, text shown.
import { Field, TextField } from '../../components/Field.tsx';
import type { Setter } from './ChampsRelation.tsx';
import type { FormState } from './formulaire.ts';
import { aujourdhui, CANAUX_CONSENTEMENT } from './libelles.ts';
import type { ConsentChannel } from './types.ts';

export function ChampsConsentement({ form: f, set }: { form: FormState; set: Setter }) {
  const given = f.consent === 'oui';
  return (
    <fieldset>
      <legend>Consentement à la prospection (e-mails, SMS commerciaux)</legend>
      <Field label="Consentement à la prospection" hint="Sans consentement prouvé, n’envoyez ni newsletter ni promotion par e-mail ou SMS à un particulier.">
        {(p) => (
          <select {...p} value={f.consent} onChange={(e) => set('consent')(e.target.value as FormState['consent'])}>
            <option value="">Non renseigné</option>
            <option value="oui">Oui, la personne a accepté</option>
            <option value="non">Non, refusé ou retiré</option>
          </select>
        )}
      </Field>
      {f.consent !== '' && (
        <>
          <TextField
            type="date"
            max={aujourdhui()}
            label={given ? 'Date du consentement' : 'Date du refus ou du retrait (facultatif)'}
            value={f.consentAt}
            onValue={set('consentAt')}
          />
          <Field label={given ? 'Canal de recueil' : 'Canal (facultatif)'}>
            {(p) => (
              <select {...p} value={f.consentChannel} onChange={(e) => set('consentChannel')(e.target.value as FormState['consentChannel'])}>
                <option value="">Choisir…</option>
                {(Object.keys(CANAUX_CONSENTEMENT) as ConsentChannel[]).map((c) => (
                  <option key={c} value={c}>
                    {CANAUX_CONSENTEMENT[c]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={given ? 'Texte présenté à la personne' : 'Texte présenté (facultatif)'} hint={given ? 'La phrase exacte qu’elle a acceptée, par exemple la case à cocher de votre formulaire.' : undefined}>
            {(p) => <textarea {...p} rows={2} value={f.consentText} onChange={(e) => set('consentText')(e.target.value)} />}
          </Field>
        </>
      )}
    </fieldset>
  );
}
