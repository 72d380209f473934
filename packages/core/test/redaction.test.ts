import { describe, expect, it } from 'vitest';
import { parsePolicy, type PolicyInput } from '@baton/protocol';
import { compilePolicy, createRedactor, defaultPolicy, ibanValid, luhn } from '../src/index.js';

const redactor = compilePolicy(defaultPolicy).redactor;
const redact = (text: string) => redactor.redact(text);
const withRedaction = (redaction: PolicyInput['redaction']) => compilePolicy(parsePolicy({ version: 1, redaction })).redactor;

describe('redaction: emails', () => {
  it.each([
    ['mail me at jane.doe+shop@example.co.uk please', 'mail me at [email] please'],
    ['JOSÉ.García@correo.es', '[email]'],
    ['either a@b.co or second.one@mail.example.com', 'either [email] or [email]'],
  ])('%s', (text, expected) => {
    expect(redact(text).text).toBe(expected);
  });

  it('counts each address', () => {
    expect(redact('either a@b.co or second.one@mail.example.com')).toEqual({
      text: 'either [email] or [email]',
      counts: { email: 2 },
      total: 2,
    });
  });
});

describe('redaction: phone numbers', () => {
  it.each([
    ['UK', 'call me on +44 20 7946 0958', 'call me on [phone]'],
    ['UK, 00 prefix', 'call me on 0044 20 7946 0958', 'call me on [phone]'],
    ['US', 'my number is (415) 555-0132', 'my number is [phone]'],
    ['France', 'rappelez-moi au 06 12 34 56 78', 'rappelez-moi au [phone]'],
    ['France, no spaces', 'mon portable: 0612345678', 'mon portable: [phone]'],
    ['Spain', 'llámame al +34 612 345 678', 'llámame al [phone]'],
    ['Spain, national', 'mi móvil es 612345678', 'mi móvil es [phone]'],
    ['Germany', 'ruf mich an: +49 30 12345678', 'ruf mich an: [phone]'],
    ['Brazil', 'meu celular é +55 11 91234-5678', 'meu celular é [phone]'],
    ['Italy', 'il mio numero è +39 347 123 4567', 'il mio numero è [phone]'],
  ])('%s: %s', (_country, text, expected) => {
    const result = redact(text);
    expect(result.text).toBe(expected);
    expect(result.counts).toEqual({ phone: 1 });
  });

  it('leaves numbers too short to be a phone number', () => {
    expect(redact('press 2 then 555-0132').text).toBe('press 2 then 555-0132');
  });
});

describe('redaction: card numbers', () => {
  it.each([
    ['card 4111 1111 1111 1111 exp 12/27', 'card [card] exp 12/27'],
    ['card 4111-1111-1111-1111', 'card [card]'],
    ['mastercard 5555555555554444', 'mastercard [card]'],
    ['amex 3782 822463 10005', 'amex [card]'],
  ])('redacts the Luhn-valid %s', (text, expected) => {
    const result = redact(text);
    expect(result.text).toBe(expected);
    expect(result.counts).toEqual({ card: 1 });
  });

  it('leaves a 16-digit number that fails the Luhn check', () => {
    expect(luhn('4111111111111112')).toBe(false);
    expect(redact('the code on the box is 4111111111111112')).toEqual({
      text: 'the code on the box is 4111111111111112',
      counts: {},
      total: 0,
    });
  });

  it('checks Luhn on the digits', () => {
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('79927398713')).toBe(false); // valid checksum but too short for a card
    expect(luhn('5555555555554444')).toBe(true);
  });
});

describe('redaction: IBANs', () => {
  it.each([
    ['IBAN GB82 WEST 1234 5698 7654 32', 'IBAN [iban]'],
    ['pay into DE89370400440532013000.', 'pay into [iban].'],
    ['mi cuenta ES9121000418450200051332', 'mi cuenta [iban]'],
    ['FR14 2004 1010 0505 0001 3M02 606', '[iban]'],
    ['IT60X0542811101000000123456', '[iban]'],
  ])('redacts the valid %s', (text, expected) => {
    const result = redact(text);
    expect(result.text).toBe(expected);
    expect(result.counts).toEqual({ iban: 1 });
  });

  it('leaves an IBAN whose mod-97 check fails', () => {
    expect(ibanValid('GB82WEST12345698765433')).toBe(false);
    expect(redact('IBAN GB82WEST12345698765433').text).toBe('IBAN GB82WEST12345698765433');
  });

  it('validates mod-97', () => {
    expect(ibanValid('GB82WEST12345698765432')).toBe(true);
    expect(ibanValid('DE89370400440532013001')).toBe(false);
  });
});

describe('redaction: national ids', () => {
  it.each([
    ['US SSN', 'my SSN is 123-45-6789', 'my SSN is [national id]'],
    ['Spanish DNI', 'DNI 12345678Z', 'DNI [national id]'],
    ['Spanish NIE', 'mi NIE es X1234567L', 'mi NIE es [national id]'],
    ['Italian codice fiscale', 'codice fiscale RSSMRA85T10A562S', 'codice fiscale [national id]'],
    ['Brazilian CPF', 'meu CPF é 123.456.789-09', 'meu CPF é [national id]'],
    ['UK National Insurance', 'NI number AB 12 34 56 C', 'NI number [national id]'],
    ['UK National Insurance, no spaces', 'my NI is AB123456C', 'my NI is [national id]'],
  ])('%s', (_kind, text, expected) => {
    const result = redact(text);
    expect(result.text).toBe(expected);
    expect(result.counts).toEqual({ national_id: 1 });
  });
});

describe('redaction: what stays', () => {
  it.each([
    'delivered on 12/03/2026',
    'it arrived on 2026-03-12',
    'geliefert am 01.02.2026',
    'it cost €129.99',
    'it cost $1,299.00',
    'kostet 1.299,00 €',
    '3 items for 25 euros',
    'meet at 10:30',
  ])('keeps dates, prices and times: %s', (text) => {
    expect(redact(text)).toEqual({ text, counts: {}, total: 0 });
  });

  it.each([
    'order 123456789012',
    'order #123456789012',
    'order number 123456789012',
    'order no. 123456789012',
    'Bestellnummer 987654321098',
    'commande n° 987654321098',
    'tracking number 1Z999AA10123456784',
    'Sendungsnummer: 00340434161094042557',
    'ticket 55501324',
  ])('keeps order and tracking references: %s', (text) => {
    expect(redact(text)).toEqual({ text, counts: {}, total: 0 });
  });

  it('keeps an order number even when it passes the Luhn check', () => {
    expect(redact('order 4111111111111111').text).toBe('order 4111111111111111');
  });

  it('keeps the reference while redacting the PII around it', () => {
    const result = redact('order 123456789012: call me on 020 7946 0958 or mail jane@example.com');
    expect(result.text).toBe('order 123456789012: call me on [phone] or mail [email]');
    expect(result.counts).toEqual({ phone: 1, email: 1 });
    expect(result.total).toBe(2);
  });
});

describe('redaction: policy settings', () => {
  it('applies custom rules with their own replacement or one derived from the name', () => {
    const custom = withRedaction({
      custom: [
        { name: 'member_id', pattern: '\\bMEM-\\d{6}\\b' },
        { name: 'loyalty', pattern: '\\bLY\\d{5}\\b', replacement: '<loyalty card>' },
      ],
    });
    expect(custom.redact('MEM-123456 and LY12345, twice: MEM-654321')).toEqual({
      text: '[member id] and <loyalty card>, twice: [member id]',
      counts: { member_id: 2, loyalty: 1 },
      total: 3,
    });
  });

  const sample = 'mail jane@example.com, call +44 20 7946 0958, card 4111 1111 1111 1111, IBAN DE89370400440532013000, SSN 123-45-6789';

  it('redacts every kind by default and counts each', () => {
    const result = redact(sample);
    expect(result.text).toBe('mail [email], call [phone], card [card], IBAN [iban], SSN [national id]');
    expect(result.counts).toEqual({ email: 1, phone: 1, card: 1, iban: 1, national_id: 1 });
    expect(result.total).toBe(5);
  });

  it.each([
    ['email', 'jane@example.com'],
    ['phone', '+44 20 7946 0958'],
    ['card', '4111 1111 1111 1111'],
    ['iban', 'DE89370400440532013000'],
    ['nationalId', '123-45-6789'],
  ] as const)('turning %s off leaves it in the text and out of the counts', (kind, value) => {
    const result = withRedaction({ [kind]: false }).redact(sample);
    expect(result.text).toContain(value);
    expect(result.total).toBe(4);
    expect(Object.keys(result.counts)).toHaveLength(4);
  });

  it('redacts nothing when everything is off', () => {
    const none = createRedactor({ email: false, phone: false, card: false, iban: false, nationalId: false, custom: [] });
    expect(none.redact(sample)).toEqual({ text: sample, counts: {}, total: 0 });
  });
});

describe('redaction: found by review', () => {
  const all = createRedactor(defaultPolicy.redaction);

  it.each([
    ['pay into DE89370400440532013000 please', 'pay into [iban] please'],
    ['my IBAN is GB82 WEST 1234 5698 7654 32 thanks', 'my IBAN is [iban] thanks'],
    ['GB82 WEST 1234 5698 7654 32 ok', '[iban] ok'],
  ])('redacts an IBAN followed by more words: %s', (text, expected) => {
    expect(all.redact(text)).toMatchObject({ text: expected, counts: { iban: 1 }, total: 1 });
  });

  it.each(['pedido nº 987654321098', 'pedido número 987654321098', 'encomenda nº 987654321098'])('keeps the order reference in "%s"', (text) => {
    expect(all.redact(text).text).toBe(text);
  });
});
