import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, oneLine } from './escape.ts';

describe('escaping', () => {
  it('turns HTML special characters into entities', () => {
    expect(escapeHtml('<script>alert("1")</script> & \'x\'')).toBe('&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt; &amp; &#39;x&#39;');
  });

  it('makes Markdown links, emphasis, HTML and entities inert', () => {
    expect(escapeMarkdown('[clic](javascript:alert(1))')).toBe('\\[clic\\](javascript:alert(1))');
    expect(escapeMarkdown('![i](x) **gras** _it_ `code` ~~barré~~')).toBe('!\\[i\\](x) \\*\\*gras\\*\\* \\_it\\_ \\`code\\` \\~\\~barré\\~\\~');
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(escapeMarkdown('<javascript:alert(1)>')).toBe('\\<javascript:alert(1)\\>');
    expect(escapeMarkdown('&lt;b&gt; et Dupont & Fils')).toBe('\\&lt;b\\&gt; et Dupont & Fils');
    expect(escapeMarkdown('a | b')).toBe('a \\| b');
  });

  it('neutralises block markers at the start of the text', () => {
    expect(escapeMarkdown('# Titre')).toBe('\\# Titre');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('> cité')).toBe('\\> cité');
    expect(escapeMarkdown('=====')).toBe('\\=====');
    expect(escapeMarkdown('12. point')).toBe('12\\. point');
    expect(escapeMarkdown('3) point')).toBe('3\\) point');
    expect(escapeMarkdown('Art. 30 - registre')).toBe('Art. 30 - registre');
  });

  it('keeps every piece of text on one line so it cannot open a new block', () => {
    expect(oneLine('ligne 1\n# ligne 2\r\n\t  fin\u0000')).toBe('ligne 1 # ligne 2 fin');
    expect(escapeMarkdown('a\n\n# b')).toBe('a \\# b');
    expect(escapeMarkdown('    code')).toBe('code');
  });
});
