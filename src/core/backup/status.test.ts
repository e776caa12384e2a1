import { describe, expect, it } from 'vitest';
import { backupStatus, destinationStatus, type DestinationHistory } from './status.ts';

const now = new Date('2026-12-03T12:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
const dest = (over: Partial<DestinationHistory>): DestinationHistory => ({ id: 'd', label: 'disque USB', kind: 'local', lastSuccessAt: hoursAgo(10), lastAttemptAt: hoursAgo(10), lastError: null, ...over });

describe('3-2-1 status', () => {
  it('classifies each destination', () => {
    expect(destinationStatus(dest({}), now).state).toBe('ok');
    expect(destinationStatus(dest({ lastSuccessAt: hoursAgo(49), lastAttemptAt: hoursAgo(49) }), now)).toMatchObject({ state: 'ancienne', message: 'La dernière sauvegarde réussie vers disque USB date de 2 jours (plus de 48 h).' });
    expect(destinationStatus(dest({ lastAttemptAt: hoursAgo(1), lastError: 'Destination pleine.' }), now)).toMatchObject({ state: 'en_echec', message: 'La dernière sauvegarde vers disque USB a échoué : Destination pleine.' });
    expect(destinationStatus(dest({ lastSuccessAt: null, lastAttemptAt: null }), now).state).toBe('jamais');
    // A failure followed by a success is healed.
    expect(destinationStatus(dest({ lastSuccessAt: hoursAgo(1), lastAttemptAt: hoursAgo(1), lastError: 'ancienne erreur' }), now).state).toBe('ok');
  });

  it('warns until two places are up to date, one of them off-site', () => {
    expect(backupStatus([], now).warnings[0]).toMatch(/Aucune destination/);
    const one = backupStatus([dest({})], now);
    expect(one.ok).toBe(false);
    expect(one.warnings).toEqual([expect.stringMatching(/au moins deux endroits/), expect.stringMatching(/hors de vos locaux/)]);
    const two = backupStatus([dest({}), dest({ id: 's', label: 'serveur SFTP', kind: 'sftp' })], now);
    expect(two).toMatchObject({ ok: true, warnings: [] });
    const stale = backupStatus([dest({}), dest({ id: 's', label: 'serveur SFTP', kind: 'sftp', lastSuccessAt: hoursAgo(72), lastAttemptAt: hoursAgo(72) })], now);
    expect(stale.warnings).toEqual([expect.stringMatching(/serveur SFTP date de 3 jours/), expect.stringMatching(/deux endroits/), expect.stringMatching(/hors de vos locaux/)]);
  });
});
