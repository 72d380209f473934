import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface NotificationSettings {
  /** Beep on alerts (off unless the host opts in). */
  sound: boolean;
  /** Prefix the page title with the number of items waiting, e.g. `(3) Desk`. */
  titleBadge: boolean;
}

/**
 * Alerts for new urgent items and SLA trouble: a system notification when the user allowed them,
 * a count in the page title, and an optional short beep (WebAudio, no audio file to load).
 */
export class NotificationsController implements ReactiveController {
  #baseTitle: string | null = null;
  #audio: AudioContext | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly settings: () => NotificationSettings,
  ) {
    host.addController(this);
  }

  get permission(): NotificationPermission | 'unsupported' {
    return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
  }

  /** Must run from a user gesture (a button), as browsers require. */
  async requestPermission(): Promise<void> {
    if (this.permission !== 'default') return;
    await Notification.requestPermission();
    this.host.requestUpdate();
  }

  alert(title: string, body: string, tag: string): void {
    if (this.permission === 'granted') new Notification(title, { body, tag });
    if (this.settings().sound) this.#beep();
  }

  /** Shows `count` in the page title; 0 restores the title the page had. */
  badge(count: number): void {
    if (!this.settings().titleBadge) return this.#restoreTitle();
    this.#baseTitle ??= document.title;
    const wanted = count > 0 ? `(${count}) ${this.#baseTitle}` : this.#baseTitle;
    if (document.title !== wanted) document.title = wanted;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#restoreTitle();
    void this.#audio?.close();
    this.#audio = null;
  }

  #restoreTitle(): void {
    if (this.#baseTitle !== null) document.title = this.#baseTitle;
    this.#baseTitle = null;
  }

  #beep(): void {
    this.#audio ??= new AudioContext();
    const context = this.#audio;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.15, context.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + 0.25);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start();
    oscillator.stop(context.currentTime + 0.25);
  }
}
