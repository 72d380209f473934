import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { deskSuite, requestHandoff, until } from './desk.harness.js';

// What the transcript shows and how honestly: following new lines, another agent's chat as a
// snapshot, cold transfers that share no earlier conversation.
describe('<baton-desk> transcript', () => {
  const suite = deskSuite({ routing: [{ id: 'everyone' }] });
  const { customer } = suite;
  const desk = (name: string, role: 'agent' | 'supervisor' = 'agent') => suite.desk(name, { role });

  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

  it('keeps the newest line in view; once the agent scrolls up, it stays put and offers "New messages"', async () => {
    const agent = await desk('Fern Follow');
    const socket = await customer();
    const { escalationId, conversationId } = await requestHandoff(socket);
    await agent.claimOpen(escalationId);
    // 20 lines overflow the log and stay within the relay's burst of commands per socket.
    for (let i = 1; i <= 20; i++) {
      expect(await socket.emitWithAck('customer:message', { id: `follow-${i}`, conversationId, text: `line ${i}` })).to.have.property('ok', true);
    }
    await until(() => agent.transcript().includes('line 20'), 'the last line');
    const log = agent.$('[data-testid="transcript"]')!;
    const gapBelow = () => log.scrollHeight - log.scrollTop - log.clientHeight;
    expect(log.scrollHeight, 'the log scrolls').to.be.greaterThan(log.clientHeight);
    await until(() => gapBelow() < 2, 'the newest line in view');
    expect(agent.$('[data-testid="new-messages"]')).to.equal(null);

    log.scrollTop = 0;
    await nextFrame();
    await socket.emitWithAck('customer:message', { id: 'follow-21', conversationId, text: 'line 21' });
    const cue = await until(() => agent.$<HTMLButtonElement>('[data-testid="new-messages"]'), 'the "New messages" cue');
    expect(log.scrollTop, 'the reader was not yanked down').to.equal(0);
    expect(cue.textContent).to.contain('New messages');

    cue.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => gapBelow() < 2, 'the jump to the newest line');
    await until(() => agent.$('[data-testid="new-messages"]') === null, 'the cue gone');
    expect(agent.focused()).to.equal(log);
  });

  it('a supervisor reading another agent’s chat sees who holds it, a snapshot to refresh, and resolves on fresh information', async () => {
    const alex = await desk('Alex Owner');
    const boss = await desk('Sue Super', 'supervisor');
    const socket = await customer();
    const { escalationId, conversationId } = await requestHandoff(socket);
    await alex.claimOpen(escalationId);
    await boss.open(escalationId);
    await until(() => boss.card(escalationId)?.dataset.status === 'claimed', 'the claim on the supervisor desk');

    const snapshot = await until(() => boss.$('[data-testid="snapshot"]'), 'the snapshot note');
    expect(snapshot.textContent).to.contain('Alex Owner is handling this chat, so new messages do not reach your desk.');
    expect(boss.$('[data-testid="chat-hint"]')!.textContent).to.equal('Alex Owner is handling this chat.');
    expect(boss.$('[part~="detail"]')!.textContent).to.not.contain('Claim this escalation to chat');

    await socket.emitWithAck('customer:message', { id: 'snap-1', conversationId, text: 'are you still there?' });
    await until(() => alex.transcript().includes('are you still there?'), 'the message on the owner’s desk');
    expect(boss.transcript()).to.not.include('are you still there?');
    boss.$<HTMLButtonElement>('[data-action="refresh-transcript"]')!.click();
    await until(() => boss.transcript().includes('are you still there?'), 'the refreshed transcript');
    await until(() => boss.announcement() === 'Conversation refreshed.', 'the refresh announced');

    // Submitting refreshes first: what arrived meanwhile stops the resolution until it has been read.
    await socket.emitWithAck('customer:message', { id: 'snap-2', conversationId, text: 'hello??' });
    boss.type('textarea[name="note"]', 'closing it for Alex');
    boss.$<HTMLButtonElement>('[part~="resolve"] button[type="submit"]')!.click();
    const error = await until(() => boss.$('[data-testid="resolve-error"]'), 'the stop on new messages');
    expect(error.textContent).to.equal('New messages arrived since your snapshot. Read them, then submit again.');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(boss.transcript()).to.include('hello??');
    expect(boss.card(escalationId)!.dataset.status).to.equal('claimed');

    boss.$<HTMLButtonElement>('[part~="resolve"] button[type="submit"]')!.click();
    await until(() => boss.card(escalationId) === null, 'the resolved card to leave the active queue');
    // The agent whose composer just went away is told why.
    await until(() => alex.announcement() === `Sue Super closed ${escalationId}: Resolved.`, 'the owner told');
    expect(alex.$('textarea[name="reply"]')).to.equal(null);
    expect(alex.$('[data-testid="resolution"]')!.textContent!.trim()).to.equal('Resolved (Sue Super) closing it for Alex');
  });

  it('a cold transfer says the earlier conversation is not shared, before and after the claim', async () => {
    const agent = await desk('Cole Cold');
    const { escalationId } = await requestHandoff(await customer(), { decision: { trigger: 'inactivity', severity: 'low', transfer: 'cold' }, transcript: [] });
    await agent.open(escalationId);
    const noSummary = agent.$('[data-testid="no-summary"]')!.textContent!;
    expect(noSummary).to.equal('Cold transfer: only the reason for the handoff is shared, no summary and no earlier conversation. The customer was asked to tell you what they need.');
    const note = 'Cold transfer: the conversation before the handoff is not shared. What the customer writes from now on appears here.';
    expect(agent.$('[data-testid="cold-transcript"]')!.textContent).to.equal(note);

    agent.$<HTMLButtonElement>('[part~="detail"] [data-action="claim"]')!.click();
    await until(() => agent.$('[data-testid="summary"]'), 'the summary after the claim');
    expect(agent.$('[data-testid="cold-transcript"]')!.textContent).to.equal(note);
  });
});
