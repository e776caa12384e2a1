// A request's page: where it stands, who asked, the next steps, and the answer tools.
import { useState } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useLoad } from '../../hooks.ts';
import { href } from '../../router.ts';
import { DetailsDemande } from './DetailsDemande.tsx';
import { DossierAcces } from './DossierAcces.tsx';
import { Echeance } from './Echeance.tsx';
import { Effacement } from './Effacement.tsx';
import { LienFiche } from './LienFiche.tsx';
import { RapportEffacement } from './RapportEffacement.tsx';
import { Suivi } from './Suivi.tsx';
import type { FichierANettoyer, RequestRead } from './types.ts';

export function Demande({ id, readOnly }: { id: string; readOnly: boolean }) {
  const { data, error, reload } = useLoad(() => api.get<RequestRead>(`/api/rights/${encodeURIComponent(id)}`));
  // Returned once by the erasure, never stored (a file name may name the person).
  const [aNettoyer, setANettoyer] = useState<FichierANettoyer[]>([]);
  const back = (
    <p>
      <a href={href('/droits')}>← Toutes les demandes</a>
    </p>
  );
  if (!data) {
    return (
      <>
        <h1>Demande</h1>
        {back}
        <ErrorMessage message={error} />
        {!error && <p>Chargement…</p>}
      </>
    );
  }
  const r = data.request;
  const done = r.deadline.answered;
  return (
    <>
      <h1>{r.typeLabel}</h1>
      {back}
      <div className={`encadre etat-demande ${done ? '' : `echeance-cadre-${r.deadline.status}`}`}>
        <p>
          <strong>Statut : {r.statusLabel}</strong> <Echeance deadline={r.deadline} />
        </p>
        <p>{r.deadline.message}</p>
      </div>
      <ErrorMessage message={error} />
      <DetailsDemande request={r} />
      <LienFiche read={data} readOnly={readOnly} onChange={reload} />
      {!readOnly && <Suivi request={r} onChange={reload} />}
      {(r.type === 'acces' || r.type === 'portabilite') && <DossierAcces request={r} />}
      {r.type === 'effacement' &&
        (r.erasure ? (
          <RapportEffacement report={r.erasure} fichiers={aNettoyer} />
        ) : (
          !readOnly && (
            <Effacement
              request={r}
              onErased={(fichiers) => {
                setANettoyer(fichiers);
                reload();
              }}
            />
          )
        ))}
    </>
  );
}
