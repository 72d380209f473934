import type { Policy } from '@baton/protocol';

export type RedactionKind = 'email' | 'phone' | 'card' | 'iban' | 'national_id' | (string & {});

export interface Redaction {
  text: string;
  /** How many items were removed, by kind. */
  counts: Partial<Record<RedactionKind, number>>;
  total: number;
}

export interface Redactor {
  redact(text: string): Redaction;
}

interface Rule {
  kind: RedactionKind;
  pattern: RegExp;
  replacement: string;
  /** Extra check on the match (Luhn for cards, date exclusion for phones). */
  valid?: (match: string) => boolean;
  /** For matches that may overrun: the length of the longest valid prefix, 0 for none. */
  longestValid?: (match: string) => number;
}

/** References a customer quotes that are not personal data and that agents need ("order 12345678"). */
export const REFERENCE =
  /\b(?:order|pedido|commande|bestellung|bestellnummer|encomenda|ordine|tracking|seguimiento|suivi|sendungsnummer|rastreio|spedizione|ref(?:erence)?|ticket|case)\b[^\p{L}\p{N}]{0,3}(?:(?:n(?:o|r|º|°|um(?:ber|ero)?|[uú]mero)?|#)[^\p{L}\p{N}]{0,2})?([A-Z]{0,4}[-]?\d[\dA-Z-]{3,})/giu;

const DATE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/;

const RULES: Record<'email' | 'card' | 'iban' | 'nationalId' | 'phone', Rule[]> = {
  email: [{ kind: 'email', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu, replacement: '[email]' }],
  card: [{ kind: 'card', pattern: /\b\d(?:[ -]?\d){12,18}\b/g, replacement: '[card]', valid: (m) => luhn(m.replace(/\D/g, '')) }],
  iban: [
    {
      kind: 'iban',
      // Compact, or printed in groups of four. A grouped match may run into the next word
      // ("… 32 ok"): `longestValid` shortens it group by group until the checksum holds.
      pattern: /\b[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?: ?[A-Z0-9]{1,4}){3,8})\b/gi,
      replacement: '[iban]',
      longestValid: (m) => {
        const groups = m.split(' ');
        for (let n = groups.length; n >= 1; n--) {
          const candidate = groups.slice(0, n).join(' ');
          if (ibanValid(candidate.replace(/\s/g, '').toUpperCase())) return candidate.length;
        }
        return 0;
      },
    },
  ],
  nationalId: [
    // US SSN, Spanish DNI/NIE, Italian codice fiscale, Brazilian CPF, UK National Insurance, French INSEE.
    { kind: 'national_id', pattern: /\b\d{3}-\d{2}-\d{4}\b/g, replacement: '[national id]' },
    { kind: 'national_id', pattern: /\b[XYZ]?\d{7,8}[-\s]?[A-Z]\b/g, replacement: '[national id]' },
    { kind: 'national_id', pattern: /\b[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]\b/gi, replacement: '[national id]' },
    { kind: 'national_id', pattern: /\b\d{3}\.\d{3}\.\d{3}-\d{2}\b/g, replacement: '[national id]' },
    { kind: 'national_id', pattern: /\b[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/g, replacement: '[national id]' },
    { kind: 'national_id', pattern: /\b[12]\s?\d{2}\s?\d{2}\s?\d{2}\s?\d{3}\s?\d{3}\s?\d{2}\b/g, replacement: '[national id]' },
  ],
  phone: [
    {
      kind: 'phone',
      pattern: /(?<![\p{L}\p{N}])(?:\+|00)?\(?\d{1,4}\)?(?:[ .\-/]?\(?\d{1,4}\)?){2,6}(?![\p{L}\p{N}])/gu,
      replacement: '[phone]',
      valid: (m) => {
        const digits = m.replace(/\D/g, '').length;
        return digits >= 8 && digits <= 15 && !DATE.test(m.trim());
      },
    },
  ],
};

/**
 * Builds the PII redactor a policy asks for. Runs before anything leaves the browser: emails, card
 * numbers (Luhn-checked, so order numbers survive), IBANs (mod-97), national ids, phone numbers,
 * plus the policy's own patterns. Order and tracking references are kept for the agent.
 */
export function createRedactor(settings: Policy['redaction']): Redactor {
  const rules: Rule[] = [
    ...(settings.email ? RULES.email : []),
    ...(settings.iban ? RULES.iban : []),
    ...(settings.card ? RULES.card : []),
    ...(settings.nationalId ? RULES.nationalId : []),
    ...settings.custom.map((c) => ({
      kind: c.name,
      pattern: new RegExp(c.pattern, 'gu'),
      replacement: c.replacement ?? `[${c.name.replace(/_/g, ' ')}]`,
    })),
    ...(settings.phone ? RULES.phone : []),
  ];
  return {
    redact(text) {
      const counts: Partial<Record<RedactionKind, number>> = {};
      let total = 0;
      // Keep order/tracking references out of reach of the number patterns.
      const kept: string[] = [];
      let out = text.replace(REFERENCE, (whole) => {
        kept.push(whole);
        return `\u0000${kept.length - 1}\u0000`;
      });
      for (const rule of rules) {
        out = out.replace(rule.pattern, (match) => {
          const length = rule.longestValid ? rule.longestValid(match) : rule.valid && !rule.valid(match) ? 0 : match.length;
          if (length === 0) return match;
          counts[rule.kind] = (counts[rule.kind] ?? 0) + 1;
          total++;
          return rule.replacement + match.slice(length);
        });
      }
      out = out.replace(/\u0000(\d+)\u0000/g, (_, i: string) => kept[Number(i)]!);
      return { text: out, counts, total };
    },
  };
}

export function luhn(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function ibanValid(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 48;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}
