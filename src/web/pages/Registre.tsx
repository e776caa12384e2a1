// « Registre des traitements »: the list, the guided set-up (?assistant=1) and the edit page
// of one processing (?traitement=id).
import { useRoute } from '../router.ts';
import { useMe } from '../session.tsx';
import { Assistant } from './registre/Assistant.tsx';
import { Liste } from './registre/Liste.tsx';
import { Traitement } from './registre/Traitement.tsx';
import './registre/registre.css';

export function Registre() {
  const { params } = useRoute();
  const { user } = useMe();
  const readOnly = user.role === 'accountant';
  const id = params.get('traitement');
  if (id) return <Traitement key={id} id={id} readOnly={readOnly} />;
  if (params.get('assistant') === '1') {
    return (
      <>
        <h1>Assistant de démarrage du registre</h1>
        <Assistant readOnly={readOnly} />
      </>
    );
  }
  return <Liste readOnly={readOnly} />;
}
