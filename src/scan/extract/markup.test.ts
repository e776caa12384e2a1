import { describe, expect, it } from 'vitest';
import { htmlMasker } from './markup.ts';

const mask = (...blocks: string[]) => {
  const m = htmlMasker();
  return blocks.map((b) => m(b));
};

describe('htmlMasker', () => {
  it('keeps the length of every block: tags become spaces (line breaks kept), entities are decoded and padded after their word', () => {
    const html = 'a &amp; b <p class="x"\nid="y">Fran&ccedil;oise</p> &#x1F600;! 06&nbsp;12&nbsp;34&nbsp;56&nbsp;78\n';
    const [out] = mask(html);
    expect(out).toBe('a &     b             \n       Françoise          \u2028 😀!        06 12 34 56 78                    \n');
    expect(out!.length).toBe(html.length);
  });

  it('ends a line on screen with U+2028 in place of the « > » of <br>, <hr> and the closing tags of blocks, cells included', () => {
    const blocks = ['<p>Cordialement,<BR/>Kerbrat Yannick</p><b>gras</b> <td class="n">Nom</td ><block', 'quote>x</blockquote><', 'br>'];
    const out = mask(...blocks).join('');
    const seps = [...out].flatMap((c, i) => (c === '\u2028' ? [i] : []));
    const source = blocks.join('');
    // the « > » of <BR/>, </p>, </td >, </blockquote> and of a <br> cut by the end of a block
    expect(seps.map((i) => source.slice(source.lastIndexOf('<', i), i + 1))).toEqual(['<BR/>', '</p>', '</td >', '</blockquote>', '<br>']);
    expect(out).not.toContain('\n');
    expect(out.replace(/[\s\u2028]+/g, ' ').trim()).toBe('Cordialement, Kerbrat Yannick gras Nom x');
  });

  it('labels « Nom : » the tag of a Telegram export\'s sender, in place of its blanks; no other div, nor one cut by a block\'s edge', () => {
    const [out] = mask('<div class="from_name">\nSolenn Tanguy\n</div><div class="text">\nBonjour\n</div>');
    expect(out!.split('\n').map((l) => l.trim())).toEqual(['Nom :', 'Solenn Tanguy', '', 'Bonjour', '']);
    expect(mask('<div class="from_na', 'me">\nSolenn\n').join('')).not.toContain('Nom');
  });

  it('leaves what is no entity as written: unknown names, zero, out of range, « R&D »', () => {
    const text = 'R&D &unknown; &#0; &#99999999; &#x110000; &amp fin';
    expect(mask(text)).toEqual([text]);
  });

  it('keeps the targets of mailto: and tel: links in their tags, and nothing else of a tag', () => {
    const [out] = mask('<a title="pas@moi.fr" href="mailto:jo@exemple.fr?subject=x">Écrire</a><a href="TEL:+33612345678">');
    expect(out!.trim().split(/\s+/)).toEqual(['jo@exemple.fr', 'Écrire', '+33612345678']);
  });

  it('blanks scripts and styles, and a tag across blocks, until their end', () => {
    const blocks = ['a <scr', 'ipt>var x = "<b>&amp;";</scr', 'ipt> b <sty', 'le>p{}</style>c <i', 'mg src="x"> d'];
    const out = mask(...blocks);
    expect(out.join('').replace(/ +/g, ' ')).toBe('a b c d');
    expect(out.map((o) => o.length)).toEqual(blocks.map((b) => b.length));
  });
});
