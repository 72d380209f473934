import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * What a verified customer's signature covers: the customer id alone, or with a tier the id and the
 * tier together (`JSON.stringify([customerId, tier])`), so nobody can add or change a tier to a
 * signature made without it.
 */
export function signedIdentityText(customerId: string, tier?: string): string {
  return tier === undefined ? customerId : JSON.stringify([customerId, tier]);
}

/**
 * The signature a host's backend attaches to a verified customer: lowercase hex HMAC-SHA256 of
 * `signedIdentityText(customerId, tier)`, keyed with the site's identity secret.
 */
export function signCustomerIdentity(secret: string, customerId: string, tier?: string): string {
  return createHmac('sha256', secret).update(signedIdentityText(customerId, tier), 'utf8').digest('hex');
}

/** Constant-time comparison, so a forger learns nothing from response timing. */
export function verifyCustomerIdentity(secret: string, customerId: string, signature: string, tier?: string): boolean {
  const expected = Buffer.from(signCustomerIdentity(secret, customerId, tier), 'hex');
  const given = Buffer.from(signature.toLowerCase(), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
