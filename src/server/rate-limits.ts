// Endpoints that check a secret (password, TOTP, reset token) get a tighter per-IP budget
// than the rest of the API. Configurable for load tests and large shared hostings.
export function authRateLimitMax(): number {
  return Number(process.env.REMPART_AUTH_RATE_LIMIT ?? 20);
}

export function strictRateLimit() {
  return { config: { rateLimit: { max: authRateLimitMax(), timeWindow: '1 minute' } } };
}
