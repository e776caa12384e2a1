import { describe, expect, it } from 'vitest';
import { deadlineFor, notificationDeadline, notificationPhase } from './deadlines.ts';

const aware = new Date('2025-03-11T09:00:00Z');
const at = (iso: string) => new Date(iso);

describe('72-hour clock', () => {
  it('ends 72 hours after awareness, whatever the calendar', () => {
    expect(deadlineFor(aware).toISOString()).toBe('2025-03-14T09:00:00.000Z');
    // Across the spring clock change in France: still 72 real hours.
    expect(deadlineFor(at('2025-03-29T12:00:00Z')).toISOString()).toBe('2025-04-01T12:00:00.000Z');
  });

  it('counts down in hours and minutes', () => {
    const s = notificationDeadline(aware, at('2025-03-12T15:48:30Z'));
    expect(s.remaining).toMatchObject({ hours: 41, minutes: 11 });
    expect(s.text).toBe('Il reste 41 h 11 min');
    expect(s).toMatchObject({ overdue: false, lateReasonRequired: false });
    expect(notificationDeadline(aware, at('2025-03-12T15:48:00Z')).text).toBe('Il reste 41 h 12 min');
    expect(notificationDeadline(aware, at('2025-03-14T08:55:00Z')).text).toBe('Il reste 5 min');
    expect(notificationDeadline(aware, at('2025-03-14T06:57:00Z')).text).toBe('Il reste 2 h 03 min');
  });

  it('is on time exactly at the deadline and late one minute after', () => {
    expect(notificationDeadline(aware, at('2025-03-14T09:00:00Z'))).toMatchObject({ overdue: false, text: 'Il reste 0 min' });
    const late = notificationDeadline(aware, at('2025-03-14T09:01:00Z'));
    expect(late).toMatchObject({ overdue: true, lateReasonRequired: true, text: 'Délai dépassé de 1 min' });
    expect(late.remaining.ms).toBe(0);
    expect(notificationDeadline(aware, at('2025-03-15T12:05:00Z')).text).toBe('Délai dépassé de 27 h 05 min');
  });

  it('stops when the notification was sent', () => {
    const now = at('2025-03-20T00:00:00Z');
    const onTime = notificationDeadline(aware, now, at('2025-03-13T09:00:00Z'));
    expect(onTime).toMatchObject({ overdue: false, lateReasonRequired: false, text: 'Notification envoyée dans le délai de 72 h' });
    const late = notificationDeadline(aware, now, at('2025-03-14T12:30:00Z'));
    expect(late).toMatchObject({ overdue: true, lateReasonRequired: true, text: 'Notification envoyée avec 3 h 30 min de retard' });
  });
});

describe('phased notification (Art. 33(4))', () => {
  it('is complete when nothing is missing on the first notification', () => {
    expect(notificationPhase(0, []).phase).toBe('complete');
  });
  it('is initial when information is still missing', () => {
    const p = notificationPhase(0, ['le nombre de personnes']);
    expect(p).toMatchObject({ phase: 'initiale', label: 'Notification initiale' });
    expect(p.advice).toMatch(/N’attendez pas.*le nombre de personnes/);
  });
  it('is complementary after a first notification', () => {
    expect(notificationPhase(1, ['les conséquences']).advice).toMatch(/ce qui manquait encore : les conséquences/);
    expect(notificationPhase(2, [])).toMatchObject({ phase: 'complementaire', label: 'Notification complémentaire' });
  });
});
