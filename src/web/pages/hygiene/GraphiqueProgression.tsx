// Score at each yearly review: a small SVG bar chart, with the same figures in a table.
import { jour } from './libelles.ts';
import type { ProgressPoint } from './types.ts';

const W = 640;
const H = 240;
const LEFT = 44;
const RIGHT = 12;
const TOP = 24;
const BOTTOM = 36;
const PLOT_H = H - TOP - BOTTOM;
const GRID = [0, 25, 50, 75, 100];
const MAX_BAR = 64;

const y = (score: number) => TOP + PLOT_H - (PLOT_H * Math.max(0, Math.min(100, score))) / 100;

function evolution(delta: number | null): string {
  if (delta === null) return 'Première revue';
  if (delta === 0) return 'Stable';
  return delta > 0 ? `+${delta} points` : `−${Math.abs(delta)} points`;
}

function niveau(score: number): string {
  return score >= 70 ? 'bon' : score >= 40 ? 'moyen' : 'faible';
}

function dateCourte(isoDay: string): string {
  const d = new Date(`${isoDay}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? isoDay : d.toLocaleDateString('fr-FR', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

function Barres({ points }: { points: ProgressPoint[] }) {
  const slot = (W - LEFT - RIGHT) / points.length;
  const bar = Math.min(MAX_BAR, slot * 0.6);
  return (
    <>
      {points.map((p, i) => {
        const x = LEFT + slot * i + (slot - bar) / 2;
        const top = y(p.score);
        const cx = x + bar / 2;
        return (
          <g key={p.completedAt}>
            <rect className={`graphique-barre graphique-${niveau(p.score)}`} x={x} y={top} width={bar} height={TOP + PLOT_H - top} rx={3} />
            <text className="graphique-valeur" x={cx} y={top - 6} textAnchor="middle">
              {p.score}
            </text>
            <text className="graphique-axe" x={cx} y={H - BOTTOM + 20} textAnchor="middle">
              {dateCourte(p.date)}
            </text>
          </g>
        );
      })}
    </>
  );
}

export function GraphiqueProgression({ points }: { points: ProgressPoint[] }) {
  const last = points.at(-1);
  const resume = last
    ? `Graphique en barres : score de chaque revue annuelle, sur 100. Dernière revue : ${last.score}/100 (${evolution(last.delta).toLowerCase()}). Détail dans le tableau « Évolution du score ».`
    : '';
  return (
    <div className="graphique">
      <svg className="graphique-svg" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={resume}>
        {GRID.map((g) => (
          <g key={g}>
            <line className="graphique-grille" x1={LEFT} x2={W - RIGHT} y1={y(g)} y2={y(g)} />
            <text className="graphique-axe" x={LEFT - 8} y={y(g) + 4} textAnchor="end">
              {g}
            </text>
          </g>
        ))}
        <Barres points={points} />
      </svg>
      <div className="tableau-defilant">
        <table>
          <caption>Évolution du score</caption>
          <thead>
            <tr>
              <th scope="col">Date de la revue</th>
              <th scope="col">Score</th>
              <th scope="col">Évolution</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.completedAt}>
                <td>{jour(p.date)}</td>
                <td>{p.score}/100</td>
                <td>{evolution(p.delta)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
