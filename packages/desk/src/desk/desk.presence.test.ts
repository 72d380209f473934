import { expect } from 'chai';
import { startRelay, type TestRelay } from '../../../../test/browser/relay.js';
import { type DeskHarness, signedInDesk, until } from './desk.harness.js';

// Its own relay: the count must start from this file's desks alone.
describe('<baton-desk> agents online, live', () => {
  let relay: TestRelay;
  const desks: DeskHarness[] = [];

  before(async () => {
    relay = await startRelay();
  });
  after(async () => {
    for (const desk of desks.splice(0)) desk.desk.remove();
    await relay.stop();
  });

  const desk = (name: string) => signedInDesk(relay, name, {}, desks);

  const header = (harness: DeskHarness) => harness.$('[data-testid="connection"]')?.textContent?.trim() ?? '';
  const shows = (harness: DeskHarness, text: string) => until(() => header(harness) === text, `"${text}" (the header says "${header(harness)}")`);

  it('follows colleagues signing in, closing the desk and signing out, without a reload', async () => {
    const ada = await desk('Ada Online');
    await shows(ada, '1 agent online');

    const bob = await desk('Bob Online');
    await shows(ada, '2 agents online');
    await shows(bob, '2 agents online');

    bob.desk.remove();
    await shows(ada, '1 agent online');

    const cy = await desk('Cy Online');
    await shows(ada, '2 agents online');
    const signOut = cy.$$<HTMLButtonElement>('[part~="header"] button').find((button) => button.textContent?.trim() === 'Sign out')!;
    signOut.click();
    await until(() => cy.$('[part~="sign-in"]'), 'the sign-in form after signing out');
    await shows(ada, '1 agent online');

    // The count changes quietly: it is not pushed into the live announcements.
    expect(ada.announcement()).not.to.match(/online/);
  });
});
