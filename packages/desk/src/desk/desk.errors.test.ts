import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { collect, deskSuite, requestHandoff, until } from './desk.harness.js';

// Failures a sighted agent must see, beside the control that failed (role=alert, aria-describedby),
// and replies that can never dead-end: too long is caught before sending, and the draft stays.
describe('<baton-desk> visible errors', () => {
  const suite = deskSuite({ routing: [{ id: 'everyone' }] });

  async function claimed(name: string, options: { heldReply?: string } = {}) {
    const harness = await suite.desk(name);
    const socket = await suite.customer();
    const handoff = await requestHandoff(socket, options);
    await harness.claimOpen(handoff.escalationId);
    return { harness, socket, ...handoff };
  }

  /** The error is shown, announced as it appears, and describes `control`. */
  function expectErrorFor(control: Element, error: Element, text: string | RegExp) {
    if (typeof text === 'string') expect(error.textContent!.trim()).to.equal(text);
    else expect(error.textContent!.trim()).to.match(text);
    expect(error.getAttribute('role')).to.equal('alert');
    expect(control.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
    expect((error as HTMLElement).offsetHeight, 'visible').to.be.greaterThan(0);
  }

  it('"Redact and allow" with nothing struck says so beside the editor, and clears once a word is struck', async () => {
    const { harness, escalationId } = await claimed('Rhea Redact', { heldReply: 'Your refund of 40 EUR is on its way.' });
    harness.select('action', 'redact_and_allow');
    await harness.desk.updateComplete;
    harness.$<HTMLButtonElement>('[part~="resolve"] button[type="submit"]')!.click();
    const error = await until(() => harness.$('[data-testid="redaction-error"]'), 'the redaction error');
    expectErrorFor(harness.$('[part~="redaction-editor"]')!, error, 'Select at least one word to remove, or choose “Allow as written”.');
    expect(harness.focused()).to.equal(harness.$('[part~="redaction-editor"] .token'));
    expect(harness.card(escalationId)!.dataset.status).to.equal('claimed');
    harness.$$<HTMLButtonElement>('[part~="redaction-editor"] .token').find((token) => token.textContent === '40')!.click();
    await harness.desk.updateComplete;
    expect(harness.$('[data-testid="redaction-error"]')).to.equal(null);
  });

  it('a resolve the relay refuses shows why beside Submit, and focus stays there', async () => {
    const { harness, escalationId } = await claimed('Tom Transfer');
    harness.select('action', 'transferred');
    await harness.desk.updateComplete;
    harness.type('input[name="team"]', 'no such team!');
    const submit = harness.$<HTMLButtonElement>('[part~="resolve"] button[type="submit"]')!;
    submit.focus();
    await sendKeys({ press: 'Enter' });
    const error = await until(() => harness.$('[data-testid="resolve-error"]'), 'the refusal');
    expectErrorFor(submit, error, /^That did not work: .+/);
    expect(harness.focused()).to.equal(submit);
    expect(harness.card(escalationId)!.dataset.status).to.equal('claimed');
  });

  it('a reply over the limit is neither sent nor cleared: maxlength, a counter and an error say what to change', async () => {
    const { harness, socket } = await claimed('Lena Long');
    const received = collect<{ text: string }>(socket, 'agent:message');
    const reply = harness.$<HTMLTextAreaElement>('textarea[name="reply"]')!;
    expect(reply.maxLength).to.equal(10_000);
    // Typing stops at maxlength; a script (or an old draft) can still put more in.
    const long = 'x'.repeat(10_001);
    harness.type('textarea[name="reply"]', long);
    await harness.desk.updateComplete;
    const counter = harness.$('[data-testid="reply-count"]')!;
    expect(counter.textContent!.trim()).to.equal('10,001 of 10,000 characters');
    expect(reply.getAttribute('aria-describedby')!.split(' ')).to.include(counter.id);
    expect(reply.getAttribute('aria-invalid')).to.equal('true');

    await sendKeys({ press: 'Enter' });
    const error = await until(() => harness.$('[data-testid="reply-error"]'), 'the too-long error');
    expectErrorFor(reply, error, 'The reply is too long: at most 10,000 characters. Shorten it to send it.');
    expect(reply.value).to.equal(long);
    expect(harness.transcript()).to.not.include(long);

    await sendKeys({ press: 'Backspace' });
    await until(() => harness.$('[data-testid="reply-error"]') === null, 'the error gone once fixed');
    harness.type('textarea[name="reply"]', 'Short and sweet.');
    await sendKeys({ press: 'Enter' });
    await until(() => received.some((message) => message.text === 'Short and sweet.'), 'the short reply delivered');
    expect(received.every((message) => message.text.length <= 10_000)).to.equal(true);
    expect(harness.$('[data-testid="reply-count"]')).to.equal(null);
  });
});
