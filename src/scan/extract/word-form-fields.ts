// A Word form's fields that are drawn, not written: a check box made of a symbol from Wingdings (w:sym, or a
// letter typed in a run set in that font) or Word 97's check box field (w:checkBox), read as « ☐ » or « ☒ », as a
// box typed in the text is, so that what is left unchecked says nothing; and Word 97's drop-down (w:ddList), read as
// the entry chosen (« Situation : » then « Mariée »), which is no part of the text either.
import { attr, type XmlToken } from './xml.ts';
import { boxMark, CHECKED_BOX as TICKED, UNCHECKED_BOX as EMPTY } from '../../core/scan/box-marks.ts';

/** The boxes of each symbol font, by the character's low byte (Word writes U+F0xx). */
const BOXES: Record<string, Record<number, string>> = {
  wingdings: { 0x6f: EMPTY, 0x70: EMPTY, 0x71: EMPTY, 0x72: EMPTY, 0xa8: EMPTY, 0x78: TICKED, 0xfd: TICKED, 0xfe: TICKED },
  'wingdings 2': { 0x2a: EMPTY, 0xa3: EMPTY, 0x51: TICKED, 0x52: TICKED, 0x53: TICKED, 0x54: TICKED },
};

const boxesOf = (font: string | undefined) => (font ? BOXES[font.trim().toLowerCase()] : undefined);

/** A symbol's code in its font: « F0A8 » and « 00A8 » are both 0xA8; anything else is no symbol. */
function symbolCode(code: number): number | undefined {
  if (code < 0x100) return code;
  if (code >= 0xf000 && code <= 0xf0ff) return code - 0xf000;
  return undefined;
}

/** Word 97's check box: unchecked unless w:checked, or else w:default, says so (no value is « on »). */
const isOn = (attrs: string | undefined) => {
  const v = attr(attrs, 'w:val');
  return v === undefined || v === '1' || v === 'true' || v === 'on';
};

/** Fresh per part: the run's font, the check box and the drop-down being read are state. */
export function wordFormFields(): { drawn: (t: XmlToken) => string | undefined; shown: (text: string) => string } {
  let runBoxes: Record<number, string> | undefined;
  let legacy: { byDefault: boolean; checked?: boolean } | undefined;
  let dropDown: { entries: string[]; chosen?: number; byDefault: number } | undefined;
  const drawn = (t: XmlToken): string | undefined => {
    if (dropDown) return dropDownToken(t);
    switch (t.tag) {
      case 'w:r':
        if (!t.closing) runBoxes = undefined;
        return undefined;
      case 'w:rFonts':
        runBoxes = boxesOf(attr(t.attrs, 'w:ascii') ?? attr(t.attrs, 'w:hAnsi'));
        return undefined;
      case 'w:sym': {
        const code = symbolCode(parseInt(attr(t.attrs, 'w:char') ?? '', 16));
        return code === undefined ? undefined : boxesOf(attr(t.attrs, 'w:font'))?.[code];
      }
      case 'w:checkBox':
        if (t.selfClosing) return boxMark(false);
        if (!t.closing) legacy = { byDefault: false };
        else if (legacy) {
          const on = legacy.checked ?? legacy.byDefault;
          legacy = undefined;
          return boxMark(on);
        }
        return undefined;
      case 'w:default':
        if (legacy) legacy.byDefault = isOn(t.attrs);
        return undefined;
      case 'w:ddList':
        if (!t.closing && !t.selfClosing) dropDown = { entries: [], byDefault: 0 };
        return undefined;
      case 'w:checked':
        if (legacy) legacy.checked = isOn(t.attrs);
        return undefined;
      default:
        return undefined;
    }
  };
  // (the entry chosen is w:result's, else w:default's, counted from 0)
  const dropDownToken = (t: XmlToken): string | undefined => {
    const d = dropDown!;
    const index = () => Number.parseInt(attr(t.attrs, 'w:val') ?? '', 10);
    if (t.tag === 'w:listEntry') d.entries.push(attr(t.attrs, 'w:val') ?? '');
    else if (t.tag === 'w:result' && Number.isInteger(index())) d.chosen = index();
    else if (t.tag === 'w:default' && Number.isInteger(index())) d.byDefault = index();
    else if (t.tag === 'w:ddList' && t.closing) {
      dropDown = undefined;
      const entry = d.entries[d.chosen ?? d.byDefault]?.trim();
      return entry ? ` ${entry} ` : undefined;
    }
    return undefined;
  };
  // (a symbol font's other letters are pictures: bullets, arrows; they are not read)
  const shown = (text: string): string => {
    const boxes = runBoxes;
    if (!boxes) return text;
    let out = '';
    for (const ch of text) {
      const code = symbolCode(ch.codePointAt(0)!);
      out += (code === undefined ? undefined : boxes[code]) ?? '';
    }
    return out;
  };
  return { drawn, shown };
}
