// « Nouveau client »: the empty form, then the new client's page.
import { api } from '../../api.ts';
import { navigate } from '../../router.ts';
import { FormulaireClient } from './FormulaireClient.tsx';
import { EMPTY_FORM } from './formulaire.ts';
import { SousNavigation } from './SousNavigation.tsx';
import type { StoredClient } from './types.ts';

export function NouveauClient() {
  return (
    <>
      <h1>Nouveau client</h1>
      <SousNavigation current="nouveau" />
      <p>Ne notez que ce qui vous sert vraiment pour travailler avec ce client : c’est la règle de minimisation du RGPD.</p>
      <FormulaireClient
        initial={EMPTY_FORM}
        submitLabel="Enregistrer le client"
        onSubmit={async (body) => {
          const { client } = await api.post<{ client: StoredClient }>('/api/clients', body);
          navigate(`/clients?fiche=${client.id}`);
        }}
        onCancel={() => navigate('/clients')}
      />
    </>
  );
}
