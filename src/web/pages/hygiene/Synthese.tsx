// The score at a glance: overall, then one bar per theme.
import { useId } from 'react';
import { questionsSansReponse } from './libelles.ts';
import type { Hygiene, ThemeScore } from './types.ts';

function BarreTheme({ theme }: { theme: ThemeScore }) {
  const id = useId();
  return (
    <li className="barre-theme">
      <p className="barre-libelle">
        <label htmlFor={id}>{theme.label}</label>
        {theme.unanswered > 0 && <span className="aide"> · {questionsSansReponse(theme.unanswered).toLowerCase()}</span>}
      </p>
      {theme.score === null ? (
        <span className="aide">Non concerné</span>
      ) : (
        <>
          <meter id={id} min={0} max={100} low={40} high={70} optimum={100} value={theme.score} />
          <span className="barre-valeur">{theme.score}/100</span>
        </>
      )}
    </li>
  );
}

export function Synthese({ state }: { state: Hygiene }) {
  const { score } = state;
  return (
    <section aria-labelledby="titre-synthese" className="section">
      <h2 id="titre-synthese">Votre score</h2>
      <div className="score-global">
        <p className="score-valeur">
          {score.score === null ? '—' : score.score}
          <span className="score-sur">/100</span>
        </p>
        <div>
          {score.level && <p className={`niveau niveau-${score.level.id}`}>{score.level.label}</p>}
          <p className={score.unanswered > 0 ? 'score-sans-reponse' : 'aide'}>{questionsSansReponse(score.unanswered)}.</p>
          {score.unanswered > 0 && <p className="aide">Une question sans réponse compte comme « Non » : répondez à tout pour un score juste.</p>}
        </div>
      </div>
      <h3>Par thème</h3>
      <ul className="barres">
        {score.themes.map((t) => (
          <BarreTheme key={t.theme} theme={t} />
        ))}
      </ul>
    </section>
  );
}
