import { expect } from 'chai';
import { deskSuite, requestHandoff, until } from './desk.harness.js';

// Items that change hands, SLA breaches after a reload, transfers without a team, a customer who
// leaves mid-chat, and status lines in words. Critical takeovers get a 3 s SLA here.
describe('<baton-desk>: item states across reloads and endings', () => {
  const suite = deskSuite({ routing: [{ id: 'everyone' }], sla: { takeover: { critical: '3s' } } });
  const { desk, customer } = suite;

  it('a plain agent loading the desk gets no card of an item another agent already claimed', async () => {
    const alex = await desk('Alex Owner');
    const claimed = await requestHandoff(await customer());
    const open = await requestHandoff(await customer());
    await alex.claimOpen(claimed.escalationId);
    const late = await desk('Bea Late');
    await until(() => late.card(open.escalationId), 'the open card after the snapshot');
    expect(late.cardIds()).to.not.include(claimed.escalationId);
    const boss = await desk('Sid Super', { role: 'supervisor' });
    await until(() => boss.card(claimed.escalationId), 'supervisors still follow the claimed item');
  });

  it('shows a breach after a reload: the reassigned item counts down again but stays marked', async () => {
    const live = await desk('Vic Live', { role: 'supervisor' });
    const { escalationId } = await requestHandoff(await customer(), { decision: { severity: 'critical' } });
    await until(() => live.card(escalationId), 'the card');
    await until(() => live.announcement() === `SLA breached: ${escalationId}`, 'the breach (3 s SLA)', 6_000);
    const fresh = await desk('Rex Reload', { role: 'supervisor' });
    const card = await until(() => fresh.card(escalationId), 'the reassigned card on a freshly loaded desk');
    const sla = card.querySelector<HTMLElement>('[part~="sla"]')!;
    expect(sla.dataset.breaches).to.equal('1');
    expect(card.querySelector('[data-testid="sla-breaches"]')!.textContent).to.contain('breached once before');
    await fresh.open(escalationId);
    expect(fresh.$('[part~="detail"] [data-testid="sla-breaches"]')).to.exist;
    // Nowhere left to reassign it: the relay stops the window (sla: null) and the desk stays red.
    await until(() => live.card(escalationId)?.querySelector<HTMLElement>('[part~="sla"]')?.dataset.breaches === '2', 'the second breach', 6_000);
    await live.claimOpen(escalationId);
    const after = live.card(escalationId)!.querySelector<HTMLElement>('[part~="sla"]')!;
    expect(after.dataset.level).to.equal('breached');
    expect(after.textContent).to.contain('SLA breached 2 times');
  });

  it('a transfer needs a team: a labelled field says so and nothing is sent', async () => {
    const agent = await desk('Tara Transfer');
    const { escalationId } = await requestHandoff(await customer());
    await agent.claimOpen(escalationId);
    agent.select('action', 'transferred');
    await agent.desk.updateComplete;
    agent.$<HTMLButtonElement>('[part~="resolve"] button[type="submit"]')!.click();
    const error = await until(() => agent.$('[data-testid="team-error"]'), 'the missing team error');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('Enter the team');
    const team = agent.$<HTMLInputElement>('input[name="team"]')!;
    expect(team.getAttribute('aria-invalid')).to.equal('true');
    expect(team.getAttribute('aria-describedby')).to.equal(error.id);
    expect(team.closest('label')!.textContent).to.contain('Team');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(agent.card(escalationId)?.dataset.status).to.equal('claimed');
    agent.type('input[name="team"]', 'billing');
    await agent.desk.updateComplete;
    expect(agent.$('[data-testid="team-error"]') === null, 'the error cleared').to.equal(true);
    agent.$<HTMLButtonElement>('[part~="resolve"] button[type="submit"]')!.click();
    await until(() => agent.card(escalationId) === null, 'the transferred card to leave');
  });

  it('when the customer leaves mid-chat: typing stops, the detail says so, and it is announced', async () => {
    const agent = await desk('Cody Cancel');
    const socket = await customer();
    const { escalationId, conversationId } = await requestHandoff(socket);
    await agent.claimOpen(escalationId);
    await socket.emitWithAck('customer:typing', { conversationId, typing: true });
    await until(() => agent.$('[data-testid="customer-typing"]'), 'the typing indicator');
    const cancelled = await socket.emitWithAck('handoff:cancel', { conversationId, escalationId });
    expect(cancelled, JSON.stringify(cancelled)).to.have.property('ok', true);
    // The expired card leaves the default (active) list; the open detail stays.
    await until(() => agent.$('[data-testid="chat-ended"]'), 'the detail to say the customer left');
    await until(() => agent.announcement() === `The customer left ${escalationId}.`, 'the announcement');
    await agent.desk.updateComplete;
    expect(agent.$('[data-testid="customer-typing"]') === null, 'typing indicator cleared').to.equal(true);
    expect(agent.$('[data-testid="chat-ended"]')!.textContent).to.equal('The customer left the conversation.');
    expect(agent.$('[part~="detail"]')!.textContent).to.not.contain('Claim this escalation to chat');
    // Nobody's name on a cancellation, and no "(none)" in its place.
    expect(agent.$('[data-testid="resolution"]')!.textContent!.trim()).to.equal('Cancelled by the customer');
  });

  it('after "Escalate further" the detail says the item now sits with supervisors', async () => {
    const reviewer = await desk('Ezra Escalate');
    const boss = await desk('Bea Boss', { role: 'supervisor' });
    const { escalationId } = await requestHandoff(await customer(), { heldReply: 'We can refund you in full.' });
    await reviewer.claimOpen(escalationId);
    reviewer.select('action', 'escalate_further');
    await reviewer.desk.updateComplete;
    reviewer.$<HTMLButtonElement>('[part~="resolve"] button[type="submit"]')!.click();
    await until(() => reviewer.card(escalationId) === null, 'the item to leave the reviewer’s queue');
    await boss.open(escalationId);
    await until(() => boss.$('[data-testid="route"]')?.textContent === 'Supervisors', 'where the item sits now');
    const why = [...boss.$$('[data-testid="why"] dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent}`);
    expect(why).to.include('Now with: Supervisors');
  });

  it('writes status lines in words, in the agent’s language', async () => {
    const agent = await desk('Fleur Statut', { locale: 'fr' });
    const { escalationId } = await requestHandoff(await customer());
    await agent.claimOpen(escalationId);
    const notes = await until(() => {
      const lines = agent.$$('[data-testid="transcript"] .line.note').map((line) => line.textContent!.trim());
      return lines.some((line) => line.includes('Attribuée')) ? lines : null;
    }, 'the status lines');
    expect(notes).to.include('Statut : En file d’attente');
    expect(notes.join(' ')).to.not.match(/\b(queued|assigned|in_review)\b/);
  });
});
