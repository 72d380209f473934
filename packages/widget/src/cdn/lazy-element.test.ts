// The loader's stand-in element with a fake implementation whose arrival the test controls:
// what is queued, forwarded and replayed when the real element comes in, and what happens if it cannot.
import { expect } from 'chai';
import type { ElementApi } from './element-api.js';
import { defineLazyElement, type LazyElementOptions } from './lazy-element.js';

const API: ElementApi = { properties: ['preview', 'bot', 'value'], methods: ['observe', 'open'], parts: ['human-button', 'status'], slots: ['contact-routes'] };

/** A stand-in for BatonHandoff: records calls, renders the same control part, dispatches composed events. */
class FakeImplementation extends HTMLElement {
  preview: unknown;
  bot: unknown;
  value: unknown;
  readonly observed: unknown[] = [];
  opened = 0;
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    button.part.add('human-button');
    button.textContent = 'Real control';
    const status = document.createElement('p');
    status.part.add('status');
    status.textContent = 'status';
    const slot = document.createElement('slot');
    slot.name = 'contact-routes';
    root.append(button, status, slot);
  }
  observe(message: unknown) {
    this.observed.push(message);
    return this.observed.length;
  }
  open() {
    this.opened++;
    this.dispatchEvent(new Event('baton-show', { bubbles: true, composed: true }));
  }
}

let definitions = 0;

interface Harness {
  tag: string;
  loads: number;
  /** Lets the pending load finish (or fail). */
  finish(ok?: boolean): Promise<void>;
  /** Registers the stand-in tag (define() does it at once). */
  register(): void;
}

function define(overrides: Partial<LazyElementOptions> = {}): Harness {
  const harness = prepare(overrides);
  harness.register();
  return harness;
}

function prepare(overrides: Partial<LazyElementOptions> = {}): Harness {
  const index = ++definitions;
  const tag = `test-lazy-${index}`;
  const implTag = `test-lazy-${index}-impl`;
  let settle: ((ok: boolean) => void) | undefined;
  const harness: Harness = {
    tag,
    loads: 0,
    async finish(ok = true) {
      settle?.(ok);
      // The loader's then() and the fake's upgrade run in microtasks.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    register: () => defineLazyElement(tag, options),
  };
  const options: LazyElementOptions = {
    api: API,
    controlPart: 'human-button',
    renderControl: (frame) => {
      const button = document.createElement('button');
      button.part.add('human-button');
      frame.append(button);
      return button;
    },
    labelControl: (control, host) => {
      control.textContent = host.getAttribute('locale') === 'de' ? 'Mit einem Menschen sprechen' : 'Talk to a person';
    },
    activate: (impl) => (impl as FakeImplementation).open(),
    loadOn: ['preview'],
    load: () => {
      harness.loads++;
      return new Promise<string>((resolve, reject) => {
        settle = (ok) => {
          if (!ok) return reject(new Error('chunk request failed'));
          if (!customElements.get(implTag)) customElements.define(implTag, class extends FakeImplementation {});
          resolve(implTag);
        };
      });
    },
    ...overrides,
  };
  return harness;
}

const mounted: HTMLElement[] = [];
function mount(tag: string, setup: (element: HTMLElement) => void = () => {}): HTMLElement {
  const element = document.createElement(tag);
  setup(element);
  document.body.append(element);
  mounted.push(element);
  return element;
}
const control = (host: HTMLElement) => host.shadowRoot!.querySelector('button')!;
const impl = (host: HTMLElement) => host.shadowRoot!.querySelector<FakeImplementation>('[class=frame] > *:not(button)');

afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});

describe('loader stand-in element', () => {
  it('shows a labelled control at once and loads nothing until the customer reaches for it', async () => {
    const harness = define();
    const host = mount(harness.tag, (element) => element.setAttribute('locale', 'de'));
    expect(control(host).textContent).to.equal('Mit einem Menschen sprechen');
    expect(control(host).getAttribute('part')).to.equal('human-button');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(harness.loads).to.equal(0);
    control(host).dispatchEvent(new PointerEvent('pointerenter'));
    expect(harness.loads).to.equal(1);
  });

  it('replays a press on the real element once it is in, and moves focus to its control', async () => {
    const harness = define();
    const host = mount(harness.tag);
    const shown: Event[] = [];
    document.addEventListener('baton-show', (event) => shown.push(event), { once: true });
    control(host).focus();
    control(host).click();
    expect(control(host).getAttribute('aria-busy')).to.equal('true');
    await harness.finish();
    const real = impl(host)!;
    expect(real.opened).to.equal(1);
    // Its composed event reached the page, retargeted to the host.
    expect(shown[0]?.target).to.equal(host);
    expect(host.shadowRoot!.querySelector('button')).to.equal(null);
    expect(real.shadowRoot!.activeElement?.textContent).to.equal('Real control');
  });

  it('stores configuration without loading, hands it over, then reads and writes through', async () => {
    const harness = define();
    const bot = async () => ({ text: 'hi' });
    const host = mount(harness.tag) as HTMLElement & { bot: unknown; value: unknown };
    host.bot = bot;
    host.value = 1;
    expect(host.bot).to.equal(bot);
    expect(harness.loads).to.equal(0);
    control(host).click();
    await harness.finish();
    expect(impl(host)!.bot).to.equal(bot);
    host.value = 2;
    expect(impl(host)!.value).to.equal(2);
    expect(host.value).to.equal(2);
  });

  it('loads at once for properties that change what it shows, also when set before the tag was defined', async () => {
    const harness = prepare();
    // A page that sets the property before baton.js ran: it lands on the plain element as an own property.
    const host = mount(harness.tag, (element) => ((element as HTMLElement & { preview: unknown }).preview = { phase: 'queued' }));
    expect(harness.loads).to.equal(0);
    harness.register();
    expect(harness.loads).to.equal(1);
    await harness.finish();
    expect(impl(host)!.preview).to.deep.equal({ phase: 'queued' });
  });

  it('queues method calls and replays them in order, resolving with their results', async () => {
    const harness = define();
    const host = mount(harness.tag) as HTMLElement & { observe(message: unknown): Promise<number> };
    const first = host.observe({ role: 'customer', text: 'hello' });
    const second = host.observe({ role: 'bot', text: 'hi', confidence: 0.9 });
    expect(harness.loads).to.equal(1);
    await harness.finish();
    expect(await first).to.equal(1);
    expect(await second).to.equal(2);
    expect(impl(host)!.observed).to.deep.equal([{ role: 'customer', text: 'hello' }, { role: 'bot', text: 'hi', confidence: 0.9 }]);
    // Once in, calls go straight through.
    expect(host.observe({ role: 'customer', text: 'again' })).to.equal(3);
  });

  it('forwards attributes (and later changes) but keeps the host’s own id and class', async () => {
    const harness = define();
    const host = mount(harness.tag, (element) => {
      element.id = 'support';
      element.className = 'corner';
      element.setAttribute('relay', 'https://relay.example');
      element.setAttribute('site-key', 'shop');
    });
    control(host).click();
    await harness.finish();
    const real = impl(host)!;
    expect(real.getAttribute('relay')).to.equal('https://relay.example');
    expect(real.getAttribute('site-key')).to.equal('shop');
    expect(real.id).to.equal('');
    expect(real.className).to.equal('');
    host.setAttribute('locale', 'fr');
    host.removeAttribute('relay');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(real.getAttribute('locale')).to.equal('fr');
    expect(real.hasAttribute('relay')).to.equal(false);
  });

  it('lets ::part() and slotted content reach through to the real element', async () => {
    const harness = define();
    const style = document.createElement('style');
    style.textContent = `${harness.tag}::part(status) { color: rgb(1, 2, 3); }`;
    document.head.append(style);
    try {
      const host = mount(harness.tag, (element) => {
        const link = document.createElement('a');
        link.slot = 'contact-routes';
        link.href = 'tel:+100';
        link.textContent = 'Call us';
        element.append(link);
      });
      control(host).click();
      await harness.finish();
      const real = impl(host)!;
      expect(getComputedStyle(real.shadowRoot!.querySelector('[part=status]')!).color).to.equal('rgb(1, 2, 3)');
      const slot = real.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements({ flatten: true }).map((element) => element.textContent)).to.deep.equal(['Call us']);
    } finally {
      style.remove();
    }
  });

  it('says so when the chunk cannot load, keeps the control, and the next press retries', async () => {
    const harness = define();
    const host = mount(harness.tag) as HTMLElement & { observe(message: unknown): Promise<number> };
    const errors: Array<Event & { code?: string }> = [];
    host.addEventListener('baton-error', (event) => errors.push(event));
    let rejected: unknown;
    const queued = host.observe({ role: 'customer', text: 'agent!!' }).catch((error: unknown) => (rejected = error));
    control(host).click();
    await harness.finish(false);
    expect(errors.map((event) => event.code)).to.deep.equal(['load_failed']);
    await queued;
    expect(rejected).to.be.instanceOf(Error);
    expect(control(host).hasAttribute('aria-busy')).to.equal(false);
    control(host).click();
    expect(harness.loads).to.equal(2);
    await harness.finish();
    expect(impl(host)!.opened).to.equal(1);
  });

  it('upgrades new instances on connect once the implementation is loaded', async () => {
    const harness = define();
    const first = mount(harness.tag);
    control(first).click();
    await harness.finish();
    const second = mount(harness.tag);
    expect(impl(second)).to.be.instanceOf(FakeImplementation);
    expect(harness.loads).to.equal(1);
  });

  it('comes back at once when a handoff in progress was saved (reload mid-handoff)', async () => {
    const harness = define({ resumable: (host) => host.getAttribute('site-key') === 'resume' });
    mount(harness.tag, (element) => element.setAttribute('site-key', 'other'));
    expect(harness.loads).to.equal(0);
    mount(harness.tag, (element) => element.setAttribute('site-key', 'resume'));
    expect(harness.loads).to.equal(1);
    await harness.finish();
  });
});
