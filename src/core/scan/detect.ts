// Entry point of the detectors (pure, no I/O). Placeholder until the detectors land.
import type { DetectHints, Detection } from './types.ts';

export function detectText(_text: string, _hints: DetectHints = {}): Detection[] {
  return [];
}
