// A library's own diagnostics kept off the server's output for one synchronous call. SheetJS
// prints « Missing Info for XLS Record » once per unknown record: a 400 KB .xls sent to the client
// import printed 100 000 lines. Safe because the call is synchronous: nothing else runs meanwhile.
const LEVELS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

export function withoutConsole<T>(call: () => T): T {
  const saved = LEVELS.map((level) => console[level]);
  for (const level of LEVELS) console[level] = () => {};
  try {
    return call();
  } finally {
    LEVELS.forEach((level, i) => (console[level] = saved[i]!));
  }
}
