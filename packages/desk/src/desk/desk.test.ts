import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { collect, DeskHarness, deskSuite, mountDesk, requestHandoff, until } from './desk.harness.js';

const MINUTE = 60_000;

describe('<baton-desk> against a real relay', () => {
  const suite = deskSuite({
    routing: [{ id: 'reviews', match: { kind: 'review' }, route: { team: 'reviewers' } }, { id: 'everyone' }],
  });
  const { desks, desk, customer } = suite;

  it('asks for a token, explains a refused one, and signs in with a good one', async () => {
    const harness = await mountDesk({ relay: suite.relay.url });
    desks.push(harness);
    expect(harness.$('[part~="sign-in"]')).to.exist;
    harness.type('input[name="token"]', 'not-a-real-token');
    harness.$<HTMLButtonElement>('[part~="sign-in"] button[type="submit"]')!.click();
    const error = await until(() => harness.$('[data-testid="sign-in-error"]'), 'the refusal');
    expect(error.textContent).to.match(/invalid or has expired/);
    harness.type('input[name="token"]', await suite.relay.token({ name: 'Tia Token' }));
    harness.$<HTMLButtonElement>('[part~="sign-in"] button[type="submit"]')!.click();
    await harness.online();
    expect(harness.$('[data-testid="agent"]')!.textContent).to.contain('Tia Token');
  });

  it('signs in when the page sets relay and token just after inserting the element', async () => {
    const token = await suite.relay.token({ name: 'Lena Late' });
    const element = document.createElement('baton-desk');
    document.body.append(element);
    element.relay = suite.relay.url;
    element.token = token;
    const harness = new DeskHarness(element);
    desks.push(harness);
    await harness.online();
    expect(harness.$('[data-testid="agent"]')!.textContent).to.contain('Lena Late');
  });

  it('updates the queue live, most severe first, with filters and counts', async () => {
    const harness = await desk('Quinn Queue');
    const socket = await customer();
    const low = await requestHandoff(socket, { decision: { severity: 'low', trigger: 'inactivity', transfer: 'cold' } });
    const other = await customer();
    const critical = await requestHandoff(other, { decision: { severity: 'critical', trigger: 'topic', rule: 'safety' } });
    await until(() => harness.card(low.escalationId) && harness.card(critical.escalationId), 'both cards');
    const ids = harness.cardIds();
    expect(ids.indexOf(critical.escalationId)).to.be.lessThan(ids.indexOf(low.escalationId));
    const card = harness.card(critical.escalationId)!;
    expect(card.textContent).to.contain('Policy topic');
    expect(card.textContent).to.contain('Critical');
    expect(card.textContent).to.contain('Open');
    expect(card.querySelector('[part~="sla"]')!.getAttribute('role')).to.equal('timer');
    await until(() => harness.announcement().includes('escalation'), 'the new item announcement');

    harness.select('severity', 'critical');
    await harness.desk.updateComplete;
    expect(harness.cardIds()).to.deep.equal(harness.cardIds().filter((id) => harness.card(id)!.dataset.severity === 'critical'));
    expect(harness.cardIds()).to.include(critical.escalationId);
    const lowOption = harness.$('select[name="severity"] option[value="low"]')!;
    expect(lowOption.textContent).to.match(/Low \(\d+\)/);
    harness.select('severity', 'any');

    // Another agent's claim shows up without a reload (a supervisor keeps following it).
    const boss = await desk('Sam Supervisor', { role: 'supervisor' });
    await until(() => boss.card(critical.escalationId), 'the card on the supervisor desk');
    await harness.claim(critical.escalationId);
    await until(() => boss.card(critical.escalationId)?.dataset.status === 'claimed', 'the claim on the supervisor desk');
    expect(boss.card(critical.escalationId)!.textContent).to.contain('Quinn Queue');
  });

  it('two desks race for a claim: one wins, the other says who won and moves on', async () => {
    const ada = await desk('Ada Race');
    const bob = await desk('Bob Race');
    const { escalationId } = await requestHandoff(await customer(), { decision: { severity: 'high' } });
    const second = await requestHandoff(await customer(), { decision: { severity: 'low' } });
    await until(() => ada.card(escalationId) && bob.card(escalationId) && bob.card(second.escalationId), 'the cards on both desks');
    await bob.open(escalationId);
    await Promise.all([ada.claim(escalationId), bob.claim(escalationId)]);
    const outcomes = await until(() => {
      const a = ada.announcement();
      const b = bob.announcement();
      return /claimed/.test(a) && /claimed/.test(b) ? [a, b] : null;
    }, 'both claim results');
    const [winner, loser, loserName] = outcomes[0]!.startsWith('You claimed') ? [ada, bob, 'Bob'] : [bob, ada, 'Ada'];
    const winnerName = loserName === 'Bob' ? 'Ada Race' : 'Bob Race';
    expect(winner.announcement()).to.equal(`You claimed ${escalationId}.`);
    expect(loser.announcement()).to.equal(`${winnerName} claimed ${escalationId} first. Moving on to the next item.`);
    expect(winner.card(escalationId)!.dataset.status).to.equal('claimed');
    expect(winner.card(escalationId)!.textContent).to.contain(winnerName);
    await until(() => loser.card(escalationId) === null, 'the lost card to leave the loser queue');
    if (loser === bob) {
      // Bob had the lost item open: the desk moves him on to the next open one.
      const next = await until(() => bob.$('[part~="detail"][data-id]'), 'the loser moving on to the next open item');
      expect(next.dataset.id).to.not.equal(escalationId);
      expect(bob.card(next.dataset.id!)!.dataset.status).to.equal('open');
    }
  });

  it('colours the SLA countdown from the injected clock: amber at half time, red when breached', async () => {
    let now = Date.now();
    const harness = await desk('Cleo Clock', { now: () => now });
    const { escalationId } = await requestHandoff(await customer(), { decision: { severity: 'medium' } });
    const card = await until(() => harness.card(escalationId), 'the card');
    const createdAt = Date.parse(card.querySelector('time')!.dateTime);
    now = createdAt;
    const sla = () => card.querySelector<HTMLElement>('[part~="sla"]')!;
    expect(sla().dataset.level).to.equal('ok');
    expect(card.dataset.sla).to.equal('ok');
    const okColour = getComputedStyle(sla()).color;
    // The test relay's medium takeover SLA is 10 minutes.
    now = createdAt + 6 * MINUTE;
    harness.desk.requestUpdate();
    await harness.desk.updateComplete;
    expect(sla().dataset.level).to.equal('warning');
    expect(sla().textContent).to.match(/SLA 4:00 left/);
    const amber = getComputedStyle(sla()).color;
    expect(amber).to.not.equal(okColour);
    now = createdAt + 11 * MINUTE;
    harness.desk.requestUpdate();
    await harness.desk.updateComplete;
    expect(sla().dataset.level).to.equal('breached');
    expect(sla().textContent).to.match(/SLA breached 1:00 ago/);
    expect(getComputedStyle(sla()).color).to.not.equal(amber);
    expect(sla().closest('[aria-live="polite"], [aria-live="assertive"]')).to.equal(null);
  });

  describe('review decisions reach the customer', () => {
    const HELD = 'Your premium plan includes a full refund within 30 days; I have started it for you.';

    async function reviewFlow(action: 'allow' | 'block' | 'redact_and_allow', edit?: (reviewer: DeskHarness) => Promise<string>) {
      const reviewer = await desk('Rae Reviewer', { teams: ['reviewers'] });
      const socket = await customer();
      const decisions = collect<{ decision: string; text: string | null }>(socket, 'review:decision');
      const { escalationId } = await requestHandoff(socket, { heldReply: HELD });
      await reviewer.open(escalationId);
      expect(reviewer.$('[data-testid="held-reply"]')!.textContent).to.contain(HELD);
      expect(reviewer.$('[data-testid="why"]')!.textContent).to.contain('Low AI confidence (0.38)');
      reviewer.$<HTMLButtonElement>('[part~="detail"] [data-action="claim"]')!.click();
      await until(() => reviewer.$('select[name="action"]'), 'the resolve form after claiming');
      reviewer.select('action', action);
      await reviewer.desk.updateComplete;
      const expected = edit ? await edit(reviewer) : null;
      reviewer.type('textarea[name="note"]', `checked: ${action}`);
      reviewer.$<HTMLButtonElement>('[part~="resolve"] button[type="submit"]')!.click();
      const decision = await until(() => decisions[0], 'review:decision on the customer socket');
      await until(() => reviewer.card(escalationId)?.dataset.status === 'resolved' || reviewer.card(escalationId) === null, 'the card to leave the open queue');
      return { decision, expected };
    }

    it('allow sends the held reply as written', async () => {
      const { decision } = await reviewFlow('allow');
      expect(decision).to.deep.include({ decision: 'allow', text: HELD });
    });

    it('block sends no text', async () => {
      const { decision } = await reviewFlow('block');
      expect(decision).to.deep.include({ decision: 'block', text: null });
    });

    it('redact and allow: the editor output is exactly what the customer receives', async () => {
      const { decision, expected } = await reviewFlow('redact_and_allow', async (reviewer) => {
        const word = (text: string) => reviewer.$$('[part~="redaction-editor"] .token').find((token) => token.textContent === text)!;
        word('premium').click();
        word('I').click();
        word('you.').dispatchEvent(new MouseEvent('click', { bubbles: true, shiftKey: true }));
        await reviewer.desk.updateComplete;
        expect(word('premium').getAttribute('aria-pressed')).to.equal('true');
        expect(word('premium').querySelector('s')).to.exist;
        expect(word('started').getAttribute('aria-pressed')).to.equal('true');
        const preview = reviewer.$('[data-testid="redaction-preview"]')!.textContent!;
        expect(preview).to.equal('Your [removed] plan includes a full refund within 30 days; [removed]');
        return preview;
      });
      expect(decision).to.deep.include({ decision: 'redact_and_allow', text: expected });
    });
  });

  it('chats live both ways with typing indicators and delivery state', async () => {
    const agent = await desk('Ada Chat');
    const socket = await customer();
    const agentTyping = collect<{ typing: boolean; agentName: string }>(socket, 'agent:typing');
    const agentMessages = collect<{ text: string; agentName: string }>(socket, 'agent:message');
    const { escalationId, conversationId } = await requestHandoff(socket);
    await agent.open(escalationId);
    expect(agent.$('[data-testid="want"]')!.textContent).to.equal('A refund for order [order] that arrived broken');
    await until(() => agent.transcript().includes('can I talk to a human'), 'the handoff transcript');
    // While it waits, new turns stream in.
    await socket.emitWithAck('context:append', { id: 'ctx-1', conversationId, messages: [{ role: 'customer', text: 'it is the blue one' }] });
    await until(() => agent.transcript().includes('it is the blue one'), 'the streamed context');

    agent.$<HTMLButtonElement>('[part~="detail"] [data-action="claim"]')!.click();
    const reply = await until(() => agent.$<HTMLTextAreaElement>('textarea[name="reply"]'), 'the reply box after claiming');

    await socket.emitWithAck('customer:typing', { conversationId, typing: true });
    await until(() => agent.$('[data-testid="customer-typing"]'), 'the customer typing indicator');
    await socket.emitWithAck('customer:message', { id: 'cm-1', conversationId, text: 'Hi, is anyone there?' });
    await until(() => agent.transcript().includes('Hi, is anyone there?'), 'the customer message');
    expect(agent.$('[data-testid="customer-typing"]')).to.equal(null);

    reply.focus();
    await sendKeys({ type: 'Hello, I am Ada.' });
    await until(() => agentTyping.find((t) => t.typing), 'agent:typing on the customer socket');
    await sendKeys({ press: 'Enter' });
    const received = await until(() => agentMessages[0], 'agent:message on the customer socket');
    expect(received).to.deep.include({ text: 'Hello, I am Ada.', agentName: 'Ada Chat' });
    await until(() => agent.$$('[data-testid="delivery"]').some((d) => d.textContent === 'Delivered'), 'the delivered state');
    expect(reply.value).to.equal('');
    await until(() => agentTyping.some((t) => !t.typing), 'typing stopped after sending');
  });

  it('says which AI reply the customer never saw, in the transcript and the summary', async () => {
    const agent = await desk('Ada Withheld');
    const socket = await customer();
    const unseen = 'Maybe try the settings page?';
    const { escalationId } = await requestHandoff(socket, {
      decision: { trigger: 'low_confidence', reason: 'Low AI confidence (0.10)' },
      summary: { aiAttempts: [{ text: 'Hello! How can I help?', confidence: 0.9, intent: null }, { text: unseen, confidence: 0.1, intent: 'billing', withheld: true }] },
      transcript: [
        { role: 'bot', text: 'Hello! How can I help?', confidence: 0.9 },
        { role: 'customer', text: 'can I change my billing address?' },
        { role: 'bot', text: unseen, confidence: 0.1, withheld: true },
      ],
    });
    await agent.open(escalationId);
    await until(() => agent.transcript().includes(unseen), 'the handoff transcript');
    const lines = agent.$$('[data-testid="transcript"] .line');
    const marked = lines.filter((line) => line.querySelector('[data-testid="withheld"]'));
    expect(marked.map((line) => line.querySelector('.text')!.textContent)).to.deep.equal([unseen]);
    expect(marked[0]!.querySelector('[data-testid="withheld"]')!.textContent).to.equal('(not shown to the customer)');
    const attempts = agent.$$('[data-testid="summary"] li').filter((li) => li.textContent!.includes('not shown to the customer'));
    expect(attempts.map((li) => li.textContent!.includes(unseen))).to.deep.equal([true]);
  });

  it('renders hostile customer text, summary and notes as inert text', async () => {
    const payload = '<img src=x onerror="window.__batonXss=1"><script>window.__batonXss=2</script>';
    const boss = await desk('Sam Safe', { role: 'supervisor' });
    const socket = await customer();
    const { escalationId, conversationId } = await requestHandoff(socket, {
      summary: { want: payload, entities: [{ kind: 'order', value: payload }] },
      transcript: [{ role: 'customer', text: payload }],
      decision: { reason: payload, evidence: [payload] },
    });
    await boss.open(escalationId);
    boss.$<HTMLButtonElement>('[part~="detail"] [data-action="claim"]')!.click();
    await until(() => boss.$('textarea[name="reply"]'), 'the reply box');
    await socket.emitWithAck('customer:message', { id: 'xss-1', conversationId, text: payload });
    await until(() => boss.transcript().filter((text) => text === payload).length === 2, 'both hostile lines as text');
    boss.type('textarea[name="note"]', payload);
    boss.$<HTMLButtonElement>('[part~="resolve"] button[type="submit"]')!.click();
    const resolution = await until(() => boss.$('[data-testid="resolution"]'), 'the resolution with its note');
    expect(resolution.textContent).to.contain(payload);
    expect(boss.$('[data-testid="want"]')!.textContent).to.equal(payload);
    expect(boss.root.querySelectorAll('img, script').length).to.equal(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((window as { __batonXss?: number }).__batonXss).to.equal(undefined);
  });

  it('keyboard shortcuts: j/k move, c claims, r goes to the reply, ? opens help, not while typing', async () => {
    const harness = await desk('Kim Keys');
    const first = await requestHandoff(await customer(), { decision: { trigger: 'loop', severity: 'high' } });
    const second = await requestHandoff(await customer(), { decision: { trigger: 'loop', severity: 'low' } });
    harness.select('trigger', 'loop');
    await until(() => harness.card(first.escalationId) && harness.card(second.escalationId), 'both loop cards');
    harness.$<HTMLButtonElement>('[part~="card-select"]')!.focus();
    const detailId = () => harness.$('[part~="detail"][data-id]')?.dataset.id;

    await sendKeys({ press: 'j' });
    await until(() => detailId() === first.escalationId, 'j to open the first item');
    await sendKeys({ press: 'j' });
    await until(() => detailId() === second.escalationId, 'j to open the second item');
    await sendKeys({ press: 'k' });
    await until(() => detailId() === first.escalationId, 'k to go back');
    await sendKeys({ press: 'c' });
    await until(() => harness.announcement() === `You claimed ${first.escalationId}.`, 'c to claim');
    const reply = await until(() => harness.$<HTMLTextAreaElement>('textarea[name="reply"]'), 'the reply box');
    // Claiming a takeover goes straight to its reply box.
    await until(() => harness.root.activeElement === reply, 'focus in the reply box after claiming');
    harness.$<HTMLButtonElement>('[part~="card-select"]')!.focus();
    await sendKeys({ press: 'r' });
    expect(harness.root.activeElement).to.equal(reply);
    await sendKeys({ type: 'jk?' });
    expect(reply.value).to.equal('jk?');
    expect(detailId()).to.equal(first.escalationId);
    expect(harness.$<HTMLDialogElement>('dialog[part~="help"]')!.open).to.equal(false);

    harness.$<HTMLButtonElement>('[part~="card-select"]')!.focus();
    await sendKeys({ press: 'e' });
    expect(harness.root.activeElement).to.equal(harness.$('select[name="action"]'));
    harness.$<HTMLButtonElement>('[part~="card-select"]')!.focus();
    await sendKeys({ press: 'Shift+Slash' });
    const help = harness.$<HTMLDialogElement>('dialog[part~="help"]')!;
    await until(() => help.open, '? to open the help');
    expect(help.textContent).to.contain('Claim the selected item');
    await sendKeys({ press: 'Escape' });
    await until(() => !help.open, 'Escape to close the help');
  });

  it('badges the page title with the number of open items and restores it on sign-out', async () => {
    document.title = 'Support desk';
    const token = await suite.relay.token({ name: 'Tom Title' });
    const harness = await mountDesk({ relay: suite.relay.url, token });
    harness.desk.removeAttribute('no-title-badge');
    desks.push(harness);
    await harness.online();
    await requestHandoff(await customer(), { decision: { severity: 'critical' } });
    const badged = await until(() => /^\((\d+)\) Support desk$/.exec(document.title), 'the title badge');
    const open = harness.$$('[part~="card"][data-status="open"]').length;
    harness.select('status', 'any');
    await harness.desk.updateComplete;
    expect(Number(badged[1])).to.equal(harness.$$('[part~="card"][data-status="open"]').length);
    expect(open).to.be.greaterThan(0);
    harness.$$<HTMLButtonElement>('button').find((button) => button.textContent === 'Sign out')!.click();
    await until(() => document.title === 'Support desk', 'the original title');
    expect(harness.$('[part~="sign-in"]')).to.exist;
  });

  it('releases its socket when removed: mounting and removing twenty desks leaves no agent behind', async function () {
    this.timeout(30_000);
    const token = await suite.relay.token({ name: 'Lee Leak', agentId: 'lee-leak' });
    for (let i = 0; i < 20; i++) {
      const harness = await mountDesk({ relay: suite.relay.url, token });
      await harness.online();
      harness.desk.remove();
    }
    const observer = await desk('Olga Observer', { role: 'supervisor' });
    await until(() => observer.$('[data-testid="connection"]')!.textContent === '1 agent online', 'only the observer online', 8_000);
  });

  it('releases a claimed takeover, then transfers it to another team with a note', async () => {
    const agent = await desk('Rita Release');
    const socket = await customer();
    const statuses = collect<{ status: string }>(socket, 'handoff:status');
    const { escalationId } = await requestHandoff(socket);
    await agent.open(escalationId);
    agent.$<HTMLButtonElement>('[part~="detail"] [data-action="claim"]')!.click();
    const release = await until(() => agent.$<HTMLButtonElement>('[data-action="release"]'), 'the release button');
    await until(() => statuses.some((s) => s.status === 'assigned'), 'the customer told it was assigned');
    release.click();
    await until(() => agent.card(escalationId)?.dataset.status === 'open', 'the card back in the queue');
    await until(() => agent.announcement() === `Released ${escalationId}; it is back in the queue.`, 'the release announcement');
    await until(() => statuses.at(-1)?.status === 'queued', 'the customer back in the queue');

    agent.$<HTMLButtonElement>('[part~="detail"] [data-action="claim"]')!.click();
    await until(() => agent.$('select[name="action"]'), 'the resolve form');
    agent.select('action', 'transferred');
    await agent.desk.updateComplete;
    agent.type('input[name="team"]', 'billing');
    agent.type('textarea[name="note"]', 'needs a refund specialist');
    agent.$<HTMLButtonElement>('[part~="resolve"] button[type="submit"]')!.click();
    await until(() => agent.card(escalationId) === null, 'the transferred card to leave an agent outside billing');
    await until(() => agent.announcement() === `${escalationId}: Transfer to another team.`, 'the transfer announcement');
  });

  it('shows supervisors the analytics view, fed by analytics:get', async () => {
    const boss = await desk('Sue Stats', { role: 'supervisor' });
    await requestHandoff(await customer());
    boss.$<HTMLButtonElement>('[data-view="analytics"]')!.click();
    const charts = await until(() => {
      const element = boss.$('baton-desk-analytics') as (HTMLElement & { analytics: { escalations: number; from: string } | null; series: Array<{ from: string }> }) | null;
      return element?.analytics ? element : null;
    }, 'the analytics element with data');
    expect(charts.analytics!.escalations).to.be.greaterThan(0);
    expect(charts.series).to.have.length(14);
    // Calendar days in the agent's zone, today (so far) included, so each is labelled with its own date.
    const starts = charts.series.map((day) => Date.parse(day.from)).sort((a, b) => a - b);
    const midnight = new Date();
    midnight.setHours(0, 0, 0, 0);
    expect(starts.at(-1)).to.equal(midnight.getTime());
    for (const start of starts) expect(new Date(start).toTimeString().slice(0, 8)).to.equal('00:00:00');
    expect(Date.parse(charts.analytics!.from)).to.equal(starts[0]);
    const agent = await desk('Al Agent');
    expect(agent.$('[data-view="analytics"]')).to.equal(null);
  });

  it('speaks the agent’s language', async () => {
    const token = await suite.relay.token({ name: 'Dora Deutsch' });
    const harness = await mountDesk({ relay: suite.relay.url, token, locale: 'de-AT' });
    desks.push(harness);
    await harness.online();
    const { escalationId } = await requestHandoff(await customer(), { decision: { trigger: 'repeat_contact' } });
    const card = await until(() => harness.card(escalationId), 'the card');
    expect(card.textContent).to.contain('Wiederholter Kontakt');
    expect(card.querySelector('[part~="claim-button"]')!.textContent!.trim()).to.equal('Übernehmen');
    expect(harness.$('select[name="scope"]')!.textContent).to.contain('Meine Teams');
  });
});
