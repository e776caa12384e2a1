// The 72-hour clock of one incident: the words carry the state, the colour only repeats it.
import type { Horloge as HorlogeType } from './types.ts';

export function Horloge({ horloge }: { horloge: HorlogeType }) {
  return (
    <span className={`horloge horloge-${horloge.etat}`}>
      {horloge.etat === 'a-renseigner' ? `Délai de 72 h : ${horloge.texte}` : horloge.texte}
    </span>
  );
}
