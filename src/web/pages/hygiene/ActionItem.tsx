// One action of the plan: what to do, by when, and where it stands.
import { useEffect, useId, useRef, useState } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import { enRetard, impactEffort, jour, lienReglage } from './libelles.ts';
import type { ActionStatus, Hygiene, HygieneAction, Writer } from './types.ts';

const DATE_MS = 800;
const VALID_DAY = /^(19|20)\d{2}-\d{2}-\d{2}$/;

interface Props {
  action: HygieneAction;
  themeLabel: string;
  statusLabels: Record<ActionStatus, string>;
  readOnly: boolean;
  write: Writer;
}

export function ActionItem({ action, themeLabel, statusLabels, readOnly, write }: Props) {
  const id = useId();
  const [status, setStatus] = useState<ActionStatus | null>(null);
  const [date, setDate] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { error, run } = useAction();
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const save = (change: { status?: ActionStatus; dueDate?: string }) => {
    setSaved(false);
    void run(async () => {
      try {
        await write(() => api.patch<Hygiene>(`/api/hygiene/actions/${encodeURIComponent(action.id)}`, change));
      } catch (e) {
        // Show the status actually saved; a refused date stays in the field to be corrected.
        if (change.status) setStatus(null);
        throw e;
      }
      if (change.status) setStatus(null);
      if (change.dueDate) setDate(null);
      setSaved(true);
    });
  };

  const changeDate = (value: string) => {
    setDate(value);
    window.clearTimeout(timer.current);
    if (VALID_DAY.test(value) && value !== action.dueDate) timer.current = window.setTimeout(() => save({ dueDate: value }), DATE_MS);
  };

  const shownStatus = status ?? action.status;
  const late = enRetard({ dueDate: action.dueDate, status: shownStatus });
  const lien = lienReglage(action.settingsLink);

  return (
    <li className={`action action-${shownStatus}`}>
      <h3 className="action-titre">{action.title}</h3>
      <p className="action-infos">
        <span className="etiquette">{themeLabel}</span> {impactEffort(action)} · À faire avant le {jour(action.dueDate)}
        {late && <span className="etiquette retard">En retard</span>}
      </p>
      {action.answer === null && <p className="aide">Vous n’avez pas encore répondu à la question correspondante.</p>}
      {action.howTo.length > 0 && (
        <details className="pourquoi">
          <summary>Comment faire ?</summary>
          <ol>
            {action.howTo.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </details>
      )}
      <div className="action-reglages">
        <div className="champ">
          <label htmlFor={`${id}-statut`}>Statut</label>
          <select
            id={`${id}-statut`}
            disabled={readOnly}
            value={shownStatus}
            onChange={(e) => {
              const next = e.target.value as ActionStatus;
              setStatus(next);
              save({ status: next });
            }}
          >
            {(Object.keys(statusLabels) as ActionStatus[]).map((s) => (
              <option key={s} value={s}>
                {statusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="champ">
          <label htmlFor={`${id}-echeance`}>Échéance</label>
          <input
            type="date"
            id={`${id}-echeance`}
            disabled={readOnly}
            required
            value={date ?? action.dueDate}
            onChange={(e) => changeDate(e.target.value)}
            onBlur={() => {
              if (date && VALID_DAY.test(date) && date !== action.dueDate) {
                window.clearTimeout(timer.current);
                save({ dueDate: date });
              }
            }}
          />
        </div>
        <p className="action-enregistre" role="status">
          {saved ? 'Enregistré' : ''}
        </p>
      </div>
      {lien && (
        <p>
          <a href={lien.href}>Faire le réglage dans « {lien.page} »</a>
        </p>
      )}
      <ErrorMessage message={error} />
    </li>
  );
}
