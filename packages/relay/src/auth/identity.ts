import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signature a host's backend attaches to a verified customer: lowercase hex
 * HMAC-SHA256 of the customer id, keyed with the site's identity secret.
 */
export function signCustomerIdentity(secret: string, customerId: string): string {
  return createHmac('sha256', secret).update(customerId, 'utf8').digest('hex');
}

/** Constant-time comparison, so a forger learns nothing from response timing. */
export function verifyCustomerIdentity(secret: string, customerId: string, signature: string): boolean {
  const expected = Buffer.from(signCustomerIdentity(secret, customerId), 'hex');
  const given = Buffer.from(signature.toLowerCase(), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
