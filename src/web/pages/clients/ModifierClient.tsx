// « Modifier la fiche »: the form filled with the stored record.
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useLoad } from '../../hooks.ts';
import { navigate } from '../../router.ts';
import { FormulaireClient } from './FormulaireClient.tsx';
import { formFromClient } from './formulaire.ts';
import { nomClient } from './libelles.ts';
import { SousNavigation } from './SousNavigation.tsx';
import type { ClientRead } from './types.ts';

export function ModifierClient({ id }: { id: string }) {
  const path = `/api/clients/${encodeURIComponent(id)}`;
  const { data, error } = useLoad(() => api.get<ClientRead>(path));
  const back = () => navigate(`/clients?fiche=${id}`);
  return (
    <>
      <h1>Modifier la fiche{data ? ` « ${nomClient(data.client)} »` : ''}</h1>
      <SousNavigation current="fiche" />
      <ErrorMessage message={error} />
      {!data && !error && <p>Chargement…</p>}
      {data && (
        <FormulaireClient
          initial={formFromClient(data.client)}
          submitLabel="Enregistrer les modifications"
          onSubmit={async (body) => {
            await api.put(path, body);
            back();
          }}
          onCancel={back}
        />
      )}
    </>
  );
}
