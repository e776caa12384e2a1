import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, formatFrenchDate, isIsoDate, latestDate, parisDate, toIsoDate } from './calendar.ts';

describe('calendar dates', () => {
  it('accepts only real calendar days', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-4-3')).toBe(false);
    expect(isIsoDate('0099-01-01')).toBe(false);
    expect(isIsoDate(20260101)).toBe(false);
  });
  it('reads the French calendar day of an instant', () => {
    expect(parisDate(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04-01'); // summer time, UTC+2
    expect(parisDate(new Date('2026-01-15T22:59:00Z'))).toBe('2026-01-15'); // winter time, UTC+1
    expect(parisDate(new Date('2026-01-15T23:00:00Z'))).toBe('2026-01-16');
    expect(() => parisDate(new Date('nope'))).toThrow(RangeError);
  });
  it('turns ISO instants into French days', () => {
    expect(toIsoDate('2026-06-30T23:30:00+00:00')).toBe('2026-07-01');
    expect(toIsoDate('2026-06-30')).toBe('2026-06-30');
    expect(toIsoDate('30/06/2026')).toBeNull();
  });
  it('adds months with the end-of-month rule', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2024-02-29', 36)).toBe('2027-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(() => addMonths('2026-03-31', 1.5)).toThrow(RangeError);
    expect(() => addMonths('31/03/2026', 1)).toThrow(/AAAA-MM-JJ/);
  });
  it('counts days across month, year and leap-day boundaries', () => {
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-03-28', '2026-04-02')).toBe(5); // across the switch to summer time
    expect(daysBetween('2026-04-02', '2026-03-28')).toBe(-5);
    expect(latestDate(null, '2026-01-02', undefined, '2025-12-31')).toBe('2026-01-02');
    expect(latestDate(null)).toBeNull();
  });
  it('writes dates the French way', () => {
    expect(formatFrenchDate('2026-03-01')).toBe('1er mars 2026');
    expect(formatFrenchDate('2026-08-15')).toBe('15 août 2026');
  });
});
