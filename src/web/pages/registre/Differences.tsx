// Differences between two versions, line by line (added, removed, unchanged context).
import type { Differences as Diff } from './types.ts';

export function Differences({ diff }: { diff: Diff }) {
  if (diff.identical) return <p>Aucune différence avec la version précédente.</p>;
  return (
    <div className="differences">
      <p>
        {diff.added} ligne{diff.added > 1 ? 's' : ''} ajoutée{diff.added > 1 ? 's' : ''}, {diff.removed} ligne{diff.removed > 1 ? 's' : ''} retirée{diff.removed > 1 ? 's' : ''}.
      </p>
      <pre className="diff">
        {diff.blocks.map((b, i) => (
          <span key={i} className={`diff-${b.type}`}>
            {b.lines.map((l, j) => (
              <span key={j} className="diff-ligne">
                {b.type === 'added' ? <ins>{`+ ${l}`}</ins> : b.type === 'removed' ? <del>{`- ${l}`}</del> : `  ${l}`}
                {'\n'}
                {b.skipped && j === Math.ceil(b.lines.length / 2) - 1 ? <span className="diff-saut">{`  … ${b.skipped} ligne${b.skipped > 1 ? 's' : ''} inchangée${b.skipped > 1 ? 's' : ''} …\n`}</span> : null}
              </span>
            ))}
          </span>
        ))}
      </pre>
    </div>
  );
}
