import { expect } from 'chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { startRelay, type TestRelay } from '../../../../test/browser/relay.js';
import { agentSocket, type AgentSocket, customerSocket, type CustomerSocket, type DeskHarness, requestHandoff, signedInDesk, until } from './desk.harness.js';

// Where focus goes after each action (never the page body), shortcuts that keep working when it
// does fall there, and the narrow layout taking the agent to the detail they opened.
describe('<baton-desk> focus and shortcuts', () => {
  let relay: TestRelay;
  const desks: DeskHarness[] = [];
  const sockets: Array<CustomerSocket | AgentSocket> = [];
  const outside: HTMLElement[] = [];

  before(async () => {
    relay = await startRelay({ routing: [{ id: 'everyone' }] });
  });
  after(async () => {
    await relay.stop();
  });
  afterEach(async () => {
    for (const desk of desks.splice(0)) desk.desk.remove();
    for (const socket of sockets.splice(0)) socket.disconnect();
    for (const element of outside.splice(0)) element.remove();
    await setViewport({ width: 800, height: 600 });
  });

  async function desk(name: string, trigger: string): Promise<DeskHarness> {
    const harness = await signedInDesk(relay, name, {}, desks);
    // Each test works its own trigger, so items of earlier tests stay out of its queue.
    harness.select('trigger', trigger);
    return harness;
  }

  async function customer(): Promise<CustomerSocket> {
    const socket = await customerSocket(relay.url);
    sockets.push(socket);
    return socket;
  }

  const blur = () => (document.activeElement as HTMLElement | null)?.blur();

  it('shortcuts work with focus on the page body, never while typing in a field of the page, and stop once the desk is removed', async () => {
    const harness = await desk('Bo Body', 'loop');
    const { escalationId } = await requestHandoff(await customer(), { decision: { trigger: 'loop' } });
    await until(() => harness.card(escalationId), 'the card');
    const detailId = () => harness.$('[part~="detail"][data-id]')?.dataset.id;

    const search = document.createElement('input');
    outside.push(search);
    document.body.append(search);
    search.focus();
    await sendKeys({ type: 'jk' });
    expect(search.value).to.equal('jk');
    expect(detailId()).to.equal(undefined);

    blur();
    expect(document.activeElement).to.equal(document.body);
    await sendKeys({ press: 'j' });
    await until(() => detailId() === escalationId, 'j from the page body to open the item');
    expect(harness.focused()).to.equal(harness.cardButton(escalationId));

    blur();
    await sendKeys({ press: 'Shift+Slash' });
    const help = harness.$<HTMLDialogElement>('dialog[part~="help"]')!;
    await until(() => help.open, '? from the page body to open the help');
    await sendKeys({ press: 'Escape' });
    await until(() => !help.open, 'Escape to close the help');

    const removed = await desk('Rey Removed', 'loop');
    await until(() => removed.card(escalationId), 'the card on the second desk');
    removed.desk.remove();
    blur();
    await sendKeys({ press: 'j' });
    await removed.desk.updateComplete;
    expect(removed.$('[part~="detail"][data-id]')).to.equal(null);
  });

  it('claim goes to the reply box, release to the card, resolve to the next card', async () => {
    const agent = await desk('Fay Focus', 'sentiment');
    const first = await requestHandoff(await customer(), { decision: { trigger: 'sentiment', severity: 'critical' } });
    const second = await requestHandoff(await customer(), { decision: { trigger: 'sentiment', severity: 'low' } });
    await until(() => agent.card(first.escalationId) && agent.card(second.escalationId), 'both cards');
    await agent.open(first.escalationId);
    const press = async (selector: string) => {
      agent.$<HTMLButtonElement>(selector)!.focus();
      await sendKeys({ press: 'Enter' });
    };

    await press('[part~="detail"] [data-action="claim"]');
    const reply = await until(() => agent.$('textarea[name="reply"]'), 'the reply box');
    await until(() => agent.focused() === reply, 'focus in the reply box after claiming');

    await press('[data-action="release"]');
    await until(() => agent.card(first.escalationId)?.dataset.status === 'open', 'the released card');
    await until(() => agent.focused() === agent.cardButton(first.escalationId), 'focus on the released card');

    await press('[part~="detail"] [data-action="claim"]');
    await until(() => agent.focused() === agent.$('textarea[name="reply"]'), 'focus in the reply box again');
    await press('[part~="resolve"] button[type="submit"]');
    await until(() => agent.card(first.escalationId) === null, 'the resolved card to leave the active queue');
    await until(() => agent.focused() === agent.cardButton(second.escalationId), 'focus on the next card');
    expect(document.activeElement).to.equal(agent.desk);
  });

  it('losing a race moves focus on to the next card, and says "moving on" only when there is one', async () => {
    const bob = await desk('Bob Late', 'repeat_contact');
    const rival = await agentSocket(relay.url, await relay.token({ name: 'Rita Rival', agentId: 'rita-rival' }));
    sockets.push(rival);

    /** Bob and the rival claim a fresh item at once until the rival wins (either may, each time). */
    async function lostRace(): Promise<string> {
      for (let attempt = 0; attempt < 10; attempt++) {
        const { escalationId } = await requestHandoff(await customer(), { decision: { trigger: 'repeat_contact', severity: 'high' } });
        await until(() => bob.card(escalationId), 'the new card');
        await bob.open(escalationId);
        const claim = bob.$<HTMLButtonElement>('[part~="detail"] [data-action="claim"]')!;
        claim.focus();
        const rivalClaim = rival.emitWithAck('escalation:claim', { escalationId });
        claim.click();
        const rivalWon = (await rivalClaim).ok;
        const outcome = rivalWon ? `Rita Rival claimed ${escalationId} first.` : `You claimed ${escalationId}.`;
        await until(() => bob.announcement().startsWith(outcome), `"${outcome}"`);
        if (rivalWon) return escalationId;
      }
      throw new Error('Bob won every race');
    }

    const next = await requestHandoff(await customer(), { decision: { trigger: 'repeat_contact', severity: 'low' } });
    await until(() => bob.card(next.escalationId), 'the card to move on to');
    const lost = await lostRace();
    expect(bob.announcement()).to.equal(`Rita Rival claimed ${lost} first. Moving on to the next item.`);
    await until(() => bob.$('[part~="detail"][data-id]')?.dataset.id === next.escalationId, 'the next item open');
    await until(() => bob.focused() === bob.cardButton(next.escalationId), 'focus on the next card');

    // Nothing open is left to move on to once this one is lost too.
    await bob.open(next.escalationId);
    bob.$<HTMLButtonElement>('[part~="detail"] [data-action="claim"]')!.click();
    await until(() => bob.card(next.escalationId)?.dataset.status === 'claimed', 'the spare item claimed');
    const last = await lostRace();
    expect(bob.announcement()).to.equal(`Rita Rival claimed ${last} first.`);
    expect(bob.$('[part~="detail"][data-id]')).to.equal(null);
    await until(() => bob.focused()?.closest('.queue-pane'), 'focus in the queue');
  });

  it('in the one-column layout, pressing a card takes focus and the view to its detail', async () => {
    await setViewport({ width: 375, height: 700 });
    const agent = await desk('Nia Narrow', 'low_confidence');
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await requestHandoff(await customer(), { decision: { trigger: 'low_confidence' } })).escalationId);
    await until(() => ids.every((id) => agent.card(id)), 'the cards');
    const last = ids.at(-1)!;
    agent.cardButton(last)!.focus();
    await sendKeys({ press: 'Enter' });
    const heading = await until(() => agent.$<HTMLElement>(`[part~="detail"][data-id="${last}"] h2`), 'the detail');
    await until(() => agent.focused() === heading, 'focus on the detail heading');
    expect(heading.getBoundingClientRect().top).to.be.within(-1, window.innerHeight / 2);
  });
});
