import { expect } from 'chai';
import { startRelay, type TestRelay } from '../../../../test/browser/relay.js';
import { customerSocket, type CustomerSocket, type DeskHarness, requestHandoff, signedInDesk, until } from './desk.harness.js';

// The desk at every width an agent may give it, and the language it declares.
describe('<baton-desk> layout and language', () => {
  let relay: TestRelay;
  let customer: CustomerSocket;
  const desks: DeskHarness[] = [];

  before(async () => {
    relay = await startRelay({ routing: [{ id: 'everyone' }] });
    customer = await customerSocket(relay.url);
  });
  after(async () => {
    customer.disconnect();
    await relay.stop();
  });
  afterEach(() => {
    for (const desk of desks.splice(0)) desk.desk.remove();
  });

  const desk = (name: string, locale = 'en') => signedInDesk(relay, name, { locale }, desks);

  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

  it('never overflows from 320 px up: the detail columns never overlap and values keep a readable width', async () => {
    const agent = await desk('Wren Width');
    const { escalationId } = await requestHandoff(customer, { summary: { contacts: [{ at: new Date().toISOString(), topic: 'billing' }] } });
    await agent.open(escalationId);
    agent.$<HTMLButtonElement>('[part~="detail"] [data-action="claim"]')!.click();
    await until(() => agent.$('textarea[name="reply"]'), 'the claimed detail with its forms');
    agent.$<HTMLDetailsElement>('details.raw')!.open = true;

    for (const width of [320, 375, 500, 640, 761, 800, 850, 910, 1024, 1280]) {
      agent.desk.style.width = `${width}px`;
      await nextFrame();
      const host = agent.desk.getBoundingClientRect();
      expect(agent.desk.scrollWidth, `no horizontal scroll at ${width} px`).to.be.at.most(agent.desk.clientWidth);
      const sticking = agent.$$('*').filter((element) => element.getBoundingClientRect().right > host.right + 0.5);
      expect(sticking.map((element) => `${element.localName}.${element.className}`), `nothing past the edge at ${width} px`).to.deep.equal([]);

      const main = agent.$('.main-column')!.getBoundingClientRect();
      const side = agent.$('.side-column')!.getBoundingClientRect();
      const sideBySide = side.top < main.bottom && side.left > main.left;
      if (sideBySide) expect(main.right, `columns apart at ${width} px`).to.be.at.most(side.left);
      const visitor = agent.$$('[data-testid="customer"] dd')[0]!;
      expect(visitor.getBoundingClientRect().width, `the visitor id has room at ${width} px`).to.be.at.least(90);
    }
  });

  it('declares the language it speaks (lang), regional variants included', async () => {
    const french = await desk('Fleur Langue', 'fr');
    const wrapper = french.$('.desk')!;
    expect(wrapper.getAttribute('lang')).to.equal('fr');
    expect(wrapper.matches(':lang(fr)')).to.equal(true);
    french.desk.locale = 'pt-BR';
    await french.desk.updateComplete;
    expect(wrapper.getAttribute('lang')).to.equal('pt');
  });
});
