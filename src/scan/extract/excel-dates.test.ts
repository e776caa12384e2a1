// Excel's dates: which number formats show one, and the day a cell's number stands for.
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { dateStyles, isBuiltInDate, isDateFormat, serialToDate, uses1904 } from './excel-dates.ts';

describe('Excel dates', () => {
  it('writes a day count as the sheet shows it, Excel\'s 29 February 1900 and the 1904 origin included', () => {
    expect(serialToDate('31118', false)).toBe('12/03/1985');
    expect(serialToDate('31118.75', false)).toBe('12/03/1985'); // the time of day dropped
    expect(serialToDate('1', false)).toBe('01/01/1900');
    expect(serialToDate('59', false)).toBe('28/02/1900');
    expect(serialToDate('60', false)).toBe('29/02/1900');
    expect(serialToDate('61', false)).toBe('01/03/1900');
    expect(serialToDate('2958465', false)).toBe('31/12/9999');
    expect(serialToDate('29656', true)).toBe('12/03/1985');
    for (const raw of ['0', '-5', '2958466', 'abc', '']) expect(serialToDate(raw, false)).toBeNull();
  });

  it('agrees with SheetJS on which formats show a date, a time of day aside', () => {
    const dates = ['dd/mm/yyyy', 'd mmmm yyyy', 'mmm-yy', 'yyyy-mm-dd', '[$-40C]d mmmm yyyy', 'dd/mm/yyyy hh:mm', '"Né le" dd/mm/yyyy', 'm/d/yy'];
    const numbers = ['General', '0.00', '#,##0 "€"', '0%', '@', '[Red]0.00', '"jours" 0'];
    // SheetJS counts times among dates; a time of day (« 10:30 ») is none here
    const times = ['mm:ss', 'hh:mm:ss', '[h]:mm'];
    for (const f of dates) expect([f, isDateFormat(f), XLSX.SSF.is_date(f)]).toEqual([f, true, true]);
    for (const f of numbers) expect([f, isDateFormat(f), XLSX.SSF.is_date(f)]).toEqual([f, false, false]);
    for (const f of times) expect([f, isDateFormat(f), XLSX.SSF.is_date(f)]).toEqual([f, false, true]);
  });

  it('knows the built-in formats as SheetJS writes them', () => {
    const table = (XLSX.SSF as unknown as { get_table(): Record<number, string> }).get_table();
    for (const [id, format] of Object.entries(table)) if (Number(id) < 164) expect([id, isBuiltInDate(Number(id))]).toEqual([id, isDateFormat(format)]);
  });

  it('tells the cell styles that show a date, built-in or custom, and the 1904 origin', () => {
    const styles = '<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.00 &quot;€&quot;"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
      '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/><xf numFmtId="20"/></cellXfs></styleSheet>';
    expect([...dateStyles(styles)]).toEqual([1, 3]);
    expect(dateStyles(undefined).size).toBe(0);
    expect(uses1904('<workbook><workbookPr date1904="1"/></workbook>')).toBe(true);
    expect(uses1904('<workbook><workbookPr defaultThemeVersion="124226"/></workbook>')).toBe(false);
  });
});
