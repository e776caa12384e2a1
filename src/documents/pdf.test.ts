import { describe, expect, it } from 'vitest';
import { renderPdf } from './pdf.ts';

describe('PDF rendering', () => {
  const input = {
    title: 'Vos données chez Atelier Œuvre',
    subtitle: 'Sous-titre accentué : é è à ç ’',
    sections: Array.from({ length: 12 }, (_, i) => ({ heading: `Section ${i + 1}`, paragraphs: ['Un paragraphe assez long. '.repeat(20)], bullets: ['premier point', 'second point'] })),
    footer: 'Pied de page',
    date: new Date('2026-11-22T10:00:00Z'),
  };

  it('produces a well-formed multi-page PDF with its metadata', async () => {
    const pdf = await renderPdf(input, { compress: false });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect((text.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/\/Producer \d+ 0 R/);
    expect(text).toContain('(Rempart)');
  });

  it('is reproducible for the same input and date', async () => {
    const a = await renderPdf(input);
    const b = await renderPdf(input);
    expect(a.length).toBe(b.length);
  });
});
