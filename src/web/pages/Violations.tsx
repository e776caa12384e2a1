// « Violations de données »: the register with its 72-hour clocks, and the step-by-step
// wizard that records an incident, assesses it and prepares the notification and letters.
import { useRoute } from '../router.ts';
import { useMe } from '../session.tsx';
import { Assistant } from './violations/Assistant.tsx';
import { ListeViolations } from './violations/ListeViolations.tsx';
import './violations/violations.css';

export function Violations() {
  const { params } = useRoute();
  const { user } = useMe();
  const readOnly = user.role === 'accountant';
  const id = params.get('id');
  const etape = Number(params.get('etape') ?? '1');
  if (id) return <Assistant key={id} id={id} etape={Number.isInteger(etape) && etape >= 1 && etape <= 7 ? etape : 1} readOnly={readOnly} />;
  return <ListeViolations readOnly={readOnly} />;
}
