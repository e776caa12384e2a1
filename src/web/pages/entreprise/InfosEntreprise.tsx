// The business profile: editable by the owner, read-only for the others.
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { EntrepriseFields, fromTenant, toPayload, type EntrepriseInput } from '../../components/EntrepriseFields.tsx';
import { TextField } from '../../components/Field.tsx';
import { ErrorMessage, SuccessMessage } from '../../components/Messages.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { useSession } from '../../session.tsx';
import type { Tenant } from '../../types.ts';

export function InfosEntreprise({ owner }: { owner: boolean }) {
  const { data, error: loadError } = useLoad(() => api.get<{ tenant: Tenant }>('/api/tenant'));
  return (
    <section aria-labelledby="titre-infos" className="section">
      <h2 id="titre-infos">Informations de l’entreprise</h2>
      <ErrorMessage message={loadError} />
      {data ? <Formulaire key={data.tenant.id} tenant={data.tenant} owner={owner} /> : !loadError && <p>Chargement…</p>}
    </section>
  );
}

function Formulaire({ tenant, owner }: { tenant: Tenant; owner: boolean }) {
  const { reload } = useSession();
  const [value, setValue] = useState<EntrepriseInput>(fromTenant(tenant));
  const [renewal, setRenewal] = useState(String(tenant.passwordRenewalDays));
  const [saved, setSaved] = useState(false);
  const { busy, error, setError, run } = useAction();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const days = Number(renewal);
    if (!Number.isInteger(days) || days < 0) return setError('Le renouvellement du mot de passe doit être un nombre entier de jours (0 pour jamais).');
    void run(async () => {
      const { tenant: updated } = await api.put<{ tenant: Tenant }>('/api/tenant', { ...toPayload(value), passwordRenewalDays: days });
      setValue(fromTenant(updated));
      setRenewal(String(updated.passwordRenewalDays));
      setSaved(true);
      // The header shows the business name.
      await reload();
    });
  };

  return (
    <form onSubmit={submit} className="formulaire">
      <fieldset disabled={!owner} className="sans-cadre">
        <legend className="sr-only">Informations de l’entreprise</legend>
        <EntrepriseFields value={value} onChange={setValue} />
        <TextField
          label="Renouvellement du mot de passe (en jours)"
          type="number"
          min={0}
          max={730}
          inputMode="numeric"
          value={renewal}
          onValue={setRenewal}
          hint="Rempart rappelle à chacun de changer son mot de passe après ce délai. 0 = jamais."
        />
      </fieldset>
      <ErrorMessage message={error} />
      {saved && <SuccessMessage>Informations enregistrées.</SuccessMessage>}
      {owner && (
        <div className="actions">
          <button type="submit" className="bouton" disabled={busy}>
            Enregistrer
          </button>
        </div>
      )}
    </form>
  );
}
